package dev.zkconfig.support;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;
import org.springframework.util.PatternMatchUtils;
import org.springframework.util.StringUtils;

/**
 * Masks values whose keys look secret.
 * <p>
 * The built-in rules ({@link #DEFAULTS}) are Spring Boot's classic sanitizing rules, and
 * more: a key is hidden whole when it
 * <ul>
 * <li>ends in {@code password}, {@code secret}, {@code key} or {@code token} (Boot's
 * rules),</li>
 * <li>contains {@code credentials}, {@code vcap_services} or {@code sun.java.command}
 * (Boot's rules), or {@code password}, {@code secret} or {@code private-key} (also
 * {@code private_key}, {@code privatekey}),</li>
 * <li>has a last word (after a {@code .}, {@code -}, {@code _} or {@code [}) of
 * {@code pass}, {@code passwd}, {@code pwd}, {@code passphrase}, {@code credential},
 * {@code pem}, {@code jks}, {@code p12} or {@code pfx}: {@code smtp.pass},
 * {@code db.passwd}, {@code tls.private-key-pem}, {@code truststore.jks}.</li>
 * </ul>
 * For keys ending in {@code uri}, {@code url} or {@code address} (and plurals) only the
 * password of a {@code user:password@} part is hidden.
 * <p>
 * An application adds its own key patterns with {@code zkconfig.secrets.additional-keys}
 * ({@link #withAdditionalKeys(Collection)}): the instance built from them is created in
 * the bootstrap phase and then available as a bean, so that both phases hide the same
 * keys.
 */
public final class SecretValues {

	/** What a hidden value is shown as. */
	public static final String MASK = "******";

	/** The built-in rules, without any pattern of the application's. */
	public static final SecretValues DEFAULTS = new SecretValues(List.of());

	private static final List<String> SECRET_SUFFIXES = List.of("password", "secret", "key", "token");

	private static final List<String> SECRET_PARTS = List.of("credentials", "vcap_services", "sun.java.command",
			"password", "secret", "private-key", "private_key", "privatekey");

	private static final Set<String> SECRET_LAST_WORDS = Set.of("pass", "passwd", "pwd", "passphrase", "credential",
			"pem", "jks", "p12", "pfx");

	private static final List<String> URI_SUFFIXES = List.of("uri", "uris", "url", "urls", "address", "addresses");

	private static final Pattern URI_USER_INFO = Pattern.compile("([a-z][a-z0-9+.-]*://[^:/@\\s]*):([^@/\\s]*)@",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WORD_SEPARATORS = Pattern.compile("[.\\-_\\[\\]]+");

	private final String[] additionalKeys;

	private SecretValues(List<String> additionalKeys) {
		this.additionalKeys = additionalKeys.stream()
			.filter(StringUtils::hasText)
			.map((pattern) -> pattern.trim().toLowerCase(Locale.ROOT))
			.map((pattern) -> pattern.contains("*") ? pattern : "*" + pattern)
			.toArray(String[]::new);
	}

	/**
	 * Return the built-in rules plus an application's own key patterns.
	 * @param additionalKeys patterns of keys to hide as well, ignoring case: {@code *}
	 * matches any characters, and a pattern without one matches the keys that end with it
	 * ({@code pin} hides {@code card.pin})
	 * @return the rules
	 */
	public static SecretValues withAdditionalKeys(Collection<String> additionalKeys) {
		return additionalKeys.isEmpty() ? DEFAULTS : new SecretValues(List.copyOf(additionalKeys));
	}

	/**
	 * Whether the value of a key must never be shown, by these rules.
	 * @param key a property key
	 * @return {@code true} if the key looks secret
	 */
	public boolean isHidden(String key) {
		String lower = key.toLowerCase(Locale.ROOT);
		if (SECRET_SUFFIXES.stream().anyMatch(lower::endsWith) || SECRET_PARTS.stream().anyMatch(lower::contains)) {
			return true;
		}
		String[] words = WORD_SEPARATORS.split(lower);
		if (words.length > 0 && SECRET_LAST_WORDS.contains(words[words.length - 1])) {
			return true;
		}
		return this.additionalKeys.length > 0 && PatternMatchUtils.simpleMatch(this.additionalKeys, lower);
	}

	/** Longest value written to a DEBUG log line. */
	private static final int LOGGED_LENGTH = 200;

	/**
	 * Return a value as it may be written to a DEBUG log line: masked by these rules, and
	 * cut to 200 characters.
	 * @param key the property key
	 * @param value the value, may be {@code null}
	 * @return the value to log, or {@code null} if the value is {@code null}
	 */
	@Contract("_, !null -> !null")
	public @Nullable String forLog(String key, @Nullable String value) {
		String sanitized = mask(key, value);
		if (sanitized == null || sanitized.length() <= LOGGED_LENGTH) {
			return sanitized;
		}
		return sanitized.substring(0, LOGGED_LENGTH) + "... (" + sanitized.length() + " characters)";
	}

	/**
	 * Return a value as it may be shown in a log, an event or an endpoint, by these
	 * rules.
	 * @param key the property key
	 * @param value the value, may be {@code null}
	 * @return the value, masked if the key looks secret, or {@code null} if the value is
	 * {@code null}
	 */
	@Contract("_, !null -> !null")
	public @Nullable String mask(String key, @Nullable String value) {
		if (value == null) {
			return null;
		}
		if (isHidden(key)) {
			return MASK;
		}
		String lower = key.toLowerCase(Locale.ROOT);
		if (URI_SUFFIXES.stream().anyMatch(lower::endsWith)) {
			Matcher matcher = URI_USER_INFO.matcher(value);
			return matcher.replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + ":" + MASK + "@"));
		}
		return value;
	}

	/**
	 * Whether the value of a key must never be shown, by the built-in rules only: where
	 * the application's own patterns are known, use its instance's
	 * {@link #isHidden(String)}.
	 * @param key a property key
	 * @return {@code true} if the key looks secret
	 */
	public static boolean isSecret(String key) {
		return DEFAULTS.isHidden(key);
	}

	/**
	 * Return a value as it may be shown, by the built-in rules only: where the
	 * application's own patterns are known, use its instance's
	 * {@link #mask(String, String)}.
	 * @param key the property key
	 * @param value the value, may be {@code null}
	 * @return the value, masked if the key looks secret, or {@code null} if the value is
	 * {@code null}
	 */
	@Contract("_, !null -> !null")
	public static @Nullable String sanitize(String key, @Nullable String value) {
		return DEFAULTS.mask(key, value);
	}

	@Override
	public String toString() {
		return "SecretValues " + List.of(this.additionalKeys);
	}

}
