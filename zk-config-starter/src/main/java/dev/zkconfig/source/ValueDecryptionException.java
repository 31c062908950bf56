package dev.zkconfig.source;

import org.springframework.core.NestedExceptionUtils;

/**
 * Thrown when an encrypted value cannot be decrypted and that must fail
 * ({@code encrypt.fail-on-error}, the default). Its message names the key and the cause's
 * type, never the value.
 */
public class ValueDecryptionException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param key the key whose value cannot be decrypted
	 * @param cause why
	 */
	public ValueDecryptionException(String key, Throwable cause) {
		super("the value of key '" + key + "' cannot be decrypted with the application's encrypt.* settings ("
				+ NestedExceptionUtils.getMostSpecificCause(cause).getClass().getSimpleName() + ")", cause);
	}

}
