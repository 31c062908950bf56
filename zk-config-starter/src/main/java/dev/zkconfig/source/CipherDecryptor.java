package dev.zkconfig.source;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.cloud.bootstrap.encrypt.AbstractEnvironmentDecrypt;
import org.springframework.security.crypto.encrypt.TextEncryptor;

/**
 * Decrypts values encrypted for Spring Cloud ({@code {cipher}...}) with the application's
 * {@link TextEncryptor} (from {@code encrypt.*}), as Spring Cloud decrypts them when the
 * environment is prepared or refreshed, with its {@code encrypt.fail-on-error} rule: a
 * value that cannot be decrypted fails, or reads as the empty string. Each value is
 * decrypted once, not on every read. Loaded only when Spring Security's crypto module is
 * present.
 */
public final class CipherDecryptor extends AbstractEnvironmentDecrypt implements ValueDecryptor {

	private final Supplier<TextEncryptor> encryptor;

	/** Each key's last decrypted value, by the value as written. */
	private final Map<String, Decrypted> decrypted = new ConcurrentHashMap<>();

	/**
	 * Create a decryptor.
	 * @param encryptor supplies the application's encryptor when a value is first
	 * decrypted
	 * @param failOnError whether a value that cannot be decrypted fails
	 */
	public CipherDecryptor(Supplier<TextEncryptor> encryptor, boolean failOnError) {
		this.encryptor = encryptor;
		setFailOnError(failOnError);
	}

	@Override
	public String decrypt(String key, String value) {
		Decrypted known = this.decrypted.get(key);
		if (known != null && known.encrypted().equals(value)) {
			return known.plain();
		}
		String plain;
		try {
			plain = decrypt(this.encryptor.get(), key, value);
		}
		catch (IllegalStateException ex) {
			throw new ValueDecryptionException(key, ex);
		}
		this.decrypted.put(key, new Decrypted(value, plain));
		return plain;
	}

	private record Decrypted(String encrypted, String plain) {

		@Override
		public String toString() {
			return "Decrypted[******]";
		}

	}

}
