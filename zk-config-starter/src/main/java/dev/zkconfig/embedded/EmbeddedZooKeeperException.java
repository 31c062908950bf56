package dev.zkconfig.embedded;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the embedded ZooKeeper development server cannot start or be seeded, with
 * what the user can do about it.
 */
public class EmbeddedZooKeeperException extends IllegalStateException {

	private final String description;

	private final String action;

	/**
	 * Create an exception.
	 * @param description what went wrong
	 * @param action what to do, naming the property to set
	 * @param cause the cause, may be {@code null}
	 */
	public EmbeddedZooKeeperException(String description, String action, @Nullable Throwable cause) {
		super(description + ": " + action, cause);
		this.description = description;
		this.action = action;
	}

	/**
	 * Return what went wrong.
	 * @return the description
	 */
	public String getDescription() {
		return this.description;
	}

	/**
	 * Return what to do about it.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
