package dev.zkconfig.sample.config;

/**
 * A key to delete has no znode in the application's context.
 */
public class ConfigKeyNotFoundException extends RuntimeException {

	ConfigKeyNotFoundException(String key, String path) {
		super("Key '" + key + "' does not exist: there is no znode " + path);
	}

}
