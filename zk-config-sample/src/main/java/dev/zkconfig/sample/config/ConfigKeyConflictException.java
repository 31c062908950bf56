package dev.zkconfig.sample.config;

/**
 * A key to delete has sub-keys, which would be deleted with it.
 */
public class ConfigKeyConflictException extends RuntimeException {

	ConfigKeyConflictException(String key) {
		super("Key '" + key + "' has sub-keys (" + key + ".*): delete them first");
	}

}
