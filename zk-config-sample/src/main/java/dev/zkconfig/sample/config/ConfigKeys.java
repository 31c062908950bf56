package dev.zkconfig.sample.config;

import java.util.regex.Pattern;

/**
 * The rules for keys the sample writes: parts separated by {@code '.'}, each made of
 * letters, digits, {@code '-'} and {@code '_'}. Each part becomes one znode name, so a
 * valid key is always a valid znode path below the application's context.
 */
final class ConfigKeys {

	static final int MAX_LENGTH = 200;

	private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]+");

	private static final String EXAMPLE = ", for example greeting.message";

	private ConfigKeys() {
	}

	/**
	 * Check a key.
	 * @param key the key
	 * @throws InvalidConfigException if the key breaks a rule
	 */
	static void validate(String key) {
		if (key == null || key.isEmpty()) {
			throw invalid("The key is empty: give it at the end of the path" + EXAMPLE);
		}
		if (key.length() > MAX_LENGTH) {
			throw invalid("The key is longer than " + MAX_LENGTH + " characters");
		}
		if (key.indexOf('/') >= 0) {
			throw invalid("Key '" + key + "' contains '/': separate the parts of a key with '.'" + EXAMPLE);
		}
		for (String part : key.split("\\.", -1)) {
			if (part.isEmpty()) {
				throw invalid("Key '" + key + "' has an empty part: it must not start or end with '.' "
						+ "or contain '..'" + EXAMPLE);
			}
			if (!PART.matcher(part).matches()) {
				throw invalid("Key '" + key + "' contains characters other than letters, digits, '-', '_' "
						+ "and the separator '.'" + EXAMPLE);
			}
		}
	}

	private static InvalidConfigException invalid(String message) {
		return new InvalidConfigException("Invalid key", message);
	}

}
