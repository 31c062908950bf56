package dev.zkconfig.zookeeper;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a ZooKeeper configuration context cannot be loaded.
 */
public class ContextLoadException extends RuntimeException {

	private final String contextPath;

	/**
	 * Create an exception.
	 * @param contextPath the context that failed to load
	 * @param reason why it failed
	 * @param cause the cause, may be {@code null}
	 */
	public ContextLoadException(String contextPath, String reason, @Nullable Throwable cause) {
		super("Could not load ZooKeeper configuration context '" + contextPath + "': " + reason, cause);
		this.contextPath = contextPath;
	}

	/**
	 * Return the context that failed to load.
	 * @return the absolute context path
	 */
	public String getContextPath() {
		return this.contextPath;
	}

}
