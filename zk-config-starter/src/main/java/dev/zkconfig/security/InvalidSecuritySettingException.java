package dev.zkconfig.security;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at startup when a security setting of zk-config cannot be used: it names the
 * property to fix, never its value.
 */
public class InvalidSecuritySettingException extends IllegalStateException {

	private final String property;

	/**
	 * Create an exception.
	 * @param property the property to fix, for example {@code zkconfig.acl.entries}
	 * @param message what is wrong, without any secret value
	 * @param cause the cause, may be {@code null}
	 */
	public InvalidSecuritySettingException(String property, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.property = property;
	}

	/**
	 * Return the property to fix.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

}
