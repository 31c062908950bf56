package dev.zkconfig.configdata;

import org.springframework.boot.context.config.ConfigDataException;

/**
 * Thrown when a {@code zookeeper:} import is malformed, for example names an address
 * without a port.
 */
public class ZkConfigImportException extends ConfigDataException {

	ZkConfigImportException(String message) {
		super(message, null);
	}

}
