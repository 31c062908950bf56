package dev.zkconfig.source;

/**
 * Turns a value as written in ZooKeeper into the value the application reads: a value
 * encrypted for Spring Cloud ({@code {cipher}...}) is decrypted.
 */
@FunctionalInterface
public interface ValueDecryptor {

	/** How Spring Cloud marks an encrypted value. */
	String CIPHER_PREFIX = "{cipher}";

	/**
	 * Whether a value is encrypted.
	 * @param value the value as written
	 * @return {@code true} if it starts with {@value #CIPHER_PREFIX}
	 */
	static boolean isEncrypted(String value) {
		return value.startsWith(CIPHER_PREFIX);
	}

	/**
	 * Decrypt an encrypted value.
	 * @param key the key, which names the value in errors
	 * @param value the value as written, {@value #CIPHER_PREFIX} included
	 * @return the value the application reads
	 * @throws IllegalStateException if it cannot be decrypted and that must fail
	 */
	String decrypt(String key, String value);

}
