package dev.zkconfig.support;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks values whose keys look secret, following Spring Boot's classic sanitizing rules:
 * keys ending in {@code password}, {@code secret}, {@code key}, {@code token}, or
 * containing {@code credentials}, and {@code vcap_services}, are hidden whole; for keys
 * ending in {@code uri}, {@code url} or {@code address} (and plurals) only the password
 * of a {@code user:password@} part is hidden.
 */
public final class SecretValues {

	/** What a hidden value is shown as. */
	public static final String MASK = "******";

	private static final List<String> SECRET_SUFFIXES = List.of("password", "secret", "key", "token");

	private static final List<String> SECRET_PARTS = List.of("credentials", "vcap_services", "sun.java.command");

	private static final List<String> URI_SUFFIXES = List.of("uri", "uris", "url", "urls", "address", "addresses");

	private static final Pattern URI_USER_INFO = Pattern.compile("([a-z][a-z0-9+.-]*://[^:/@\\s]*):([^@/\\s]*)@",
			Pattern.CASE_INSENSITIVE);

	private SecretValues() {
	}

	/**
	 * Whether the value of a key must never be shown.
	 * @param key a property key
	 * @return {@code true} if the key looks secret
	 */
	public static boolean isSecret(String key) {
		String lower = key.toLowerCase(Locale.ROOT);
		return SECRET_SUFFIXES.stream().anyMatch(lower::endsWith) || SECRET_PARTS.stream().anyMatch(lower::contains);
	}

	/** Longest value written to a DEBUG log line. */
	private static final int LOGGED_LENGTH = 200;

	/**
	 * Return a value as it may be written to a DEBUG log line: masked if the key looks
	 * secret, and cut to 200 characters.
	 * @param key the property key
	 * @param value the value, may be {@code null}
	 * @return the value to log, or {@code null}
	 */
	public static String forLog(String key, String value) {
		String sanitized = sanitize(key, value);
		if (sanitized == null || sanitized.length() <= LOGGED_LENGTH) {
			return sanitized;
		}
		return sanitized.substring(0, LOGGED_LENGTH) + "... (" + sanitized.length() + " characters)";
	}

	/**
	 * Return a value as it may be shown in a log, an event or an endpoint.
	 * @param key the property key
	 * @param value the value, may be {@code null}
	 * @return the value, masked if the key looks secret, or {@code null}
	 */
	public static String sanitize(String key, String value) {
		if (value == null) {
			return null;
		}
		if (isSecret(key)) {
			return MASK;
		}
		String lower = key.toLowerCase(Locale.ROOT);
		if (URI_SUFFIXES.stream().anyMatch(lower::endsWith)) {
			Matcher matcher = URI_USER_INFO.matcher(value);
			return matcher.replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + ":" + MASK + "@"));
		}
		return value;
	}

}
