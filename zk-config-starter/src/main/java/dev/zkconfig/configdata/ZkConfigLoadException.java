package dev.zkconfig.configdata;

import java.util.Objects;

import dev.zkconfig.zookeeper.ContextLoadException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.config.ConfigDataException;

/**
 * Thrown when a context of a non-optional {@code zookeeper:} import cannot be loaded.
 */
public class ZkConfigLoadException extends ConfigDataException {

	private final String contextPath;

	ZkConfigLoadException(ContextLoadException cause) {
		super(Objects.requireNonNull(cause.getMessage(), "A context load failure says why"), cause);
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
