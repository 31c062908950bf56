package dev.zkconfig.configdata;

import dev.zkconfig.zookeeper.ContextLoadException;

import org.springframework.boot.context.config.ConfigDataException;

/**
 * Thrown when a context of a non-optional {@code zookeeper:} import cannot be loaded.
 */
public class ZkConfigLoadException extends ConfigDataException {

	private final String contextPath;

	ZkConfigLoadException(ContextLoadException cause) {
		super(cause.getMessage(), cause);
		this.contextPath = cause.getContextPath();
	}

	/**
	 * Return the context that could not be loaded.
	 * @return the absolute context path
	 */
	public String getContextPath() {
		return this.contextPath;
	}

}
