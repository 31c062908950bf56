package dev.zkconfig.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.StringUtils;

/**
 * Reads a configuration document held in a znode (YAML, properties or JSON) into flat
 * properties, the way Spring Boot reads such files: with Boot's own
 * {@link YamlPropertySourceLoader} and {@link PropertiesPropertySourceLoader}, and
 * Jackson for JSON, flattened to the same {@code a.b[0].c} keys.
 * <p>
 * A multi-document file follows Boot's rules: a part with
 * {@code spring.config.activate.on-profile} applies only when its profile expression
 * matches the active profiles, and later parts win.
 */
public final class DocumentParser {

	private static final String ACTIVATE = "spring.config.activate.";

	private static final String ON_PROFILE = ACTIVATE + "on-profile";

	private static final String ON_CLOUD_PLATFORM = ACTIVATE + "on-cloud-platform";

	private static final PropertySourceLoader YAML = new YamlPropertySourceLoader();

	private static final PropertySourceLoader PROPERTIES = new PropertiesPropertySourceLoader();

	private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private final Set<String> activeProfiles;

	/**
	 * Create a parser.
	 * @param activeProfiles the application's active profiles
	 */
	public DocumentParser(Collection<String> activeProfiles) {
		this.activeProfiles = Set.copyOf(activeProfiles);
	}

	/**
	 * Whether a znode directly under a context holds a document rather than one property.
	 * @param name the znode's name
	 * @return {@code true} if the name ends in {@code .yml}, {@code .yaml},
	 * {@code .properties} or {@code .json}
	 */
	public static boolean isDocument(String name) {
		return format(name) != null;
	}

	/**
	 * Whether a znode holds a document: it is directly under the context and has a
	 * document's name.
	 * @param contextPath the context's znode path
	 * @param path the znode's path
	 * @return {@code true} if it holds a document
	 */
	public static boolean isDocument(String contextPath, String path) {
		// most paths have no dot in their name: no need to cut the name out
		int slash = path.lastIndexOf('/');
		return slash == contextPath.length() && path.indexOf('.', slash) > 0 && path.startsWith(contextPath)
				&& isDocument(path.substring(slash + 1));
	}

	/**
	 * Read a document into properties.
	 * @param path the znode's path, which names the document in errors
	 * @param text the document
	 * @return the properties, in the document's order
	 * @throws DocumentException if the document is malformed
	 */
	public Map<String, String> parse(String path, String text) throws DocumentException {
		Format format = format(ZNodeKeys.nameOf(path));
		if (format == null) {
			throw new IllegalArgumentException("Not a document: " + path);
		}
		List<Map<String, String>> parts = (format == Format.JSON) ? List.of(readJson(path, text))
				: load(format, path, text);
		Map<String, String> properties = new LinkedHashMap<>();
		for (Map<String, String> part : parts) {
			if (isActive(path, part)) {
				part.forEach((key, value) -> {
					if (!key.startsWith(ACTIVATE)) {
						properties.put(key, value);
					}
				});
			}
		}
		return properties;
	}

	private List<Map<String, String>> load(Format format, String path, String text) throws DocumentException {
		ByteArrayResource resource = new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), path);
		PropertySourceLoader loader = (format == Format.YAML) ? YAML : PROPERTIES;
		List<Map<String, String>> parts = new ArrayList<>();
		try {
			for (var source : loader.load(path, resource)) {
				Map<String, String> part = new LinkedHashMap<>();
				EnumerablePropertySource<?> enumerable = (EnumerablePropertySource<?>) source;
				for (String key : enumerable.getPropertyNames()) {
					Object value = enumerable.getProperty(key);
					part.put(key, (value != null) ? value.toString() : "");
				}
				parts.add(part);
			}
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark();
			throw new DocumentException(path, "malformed YAML: " + withoutQuotes(ex.getProblem()),
					(mark != null) ? mark.getLine() + 1 : 0, (mark != null) ? mark.getColumn() + 1 : 0, ex);
		}
		catch (IOException | RuntimeException ex) {
			String what = (format == Format.YAML) ? "malformed YAML: " : "malformed properties: ";
			throw new DocumentException(path, what + withoutQuotes(ex.getMessage()), 0, 0, ex);
		}
		return parts;
	}

	private static Map<String, String> readJson(String path, String text) throws DocumentException {
		Object tree;
		try {
			tree = JSON.readValue(text, Object.class);
		}
		catch (JsonProcessingException ex) {
			JsonLocation location = ex.getLocation();
			throw new DocumentException(path, "malformed JSON: " + withoutQuotes(ex.getOriginalMessage()),
					(location != null) ? location.getLineNr() : 0, (location != null) ? location.getColumnNr() : 0, ex);
		}
		if (!(tree instanceof Map<?, ?> object)) {
			throw new DocumentException(path, "a JSON document must be an object, not "
					+ ((tree != null) ? tree.getClass().getSimpleName() : "null"), 1, 1, null);
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> source = (Map<String, Object>) object;
		Map<String, String> properties = new LinkedHashMap<>();
		new Flattener().flatten(source).forEach((key, value) -> properties.put(key, String.valueOf(value)));
		return properties;
	}

	private boolean isActive(String path, Map<String, String> part) throws DocumentException {
		if (part.containsKey(ON_CLOUD_PLATFORM)) {
			throw new DocumentException(path,
					ON_CLOUD_PLATFORM + " is not supported in ZooKeeper documents: use a profile instead", 0, 0, null);
		}
		List<String> expressions = new ArrayList<>();
		part.forEach((key, value) -> {
			if (key.equals(ON_PROFILE) || key.startsWith(ON_PROFILE + "[")) {
				for (String expression : StringUtils.commaDelimitedListToStringArray(value)) {
					if (StringUtils.hasText(expression)) {
						expressions.add(expression.trim());
					}
				}
			}
		});
		if (expressions.isEmpty()) {
			return true;
		}
		try {
			return Profiles.of(expressions.toArray(String[]::new)).matches(this.activeProfiles::contains);
		}
		catch (IllegalArgumentException ex) {
			throw new DocumentException(path,
					"invalid profile expression in " + ON_PROFILE + ": " + String.join(", ", expressions), 0, 0, ex);
		}
	}

	/**
	 * Parser messages may quote the document, which can be a secret: keep what they say
	 * and the punctuation they expect, not what they quote.
	 */
	static String withoutQuotes(@Nullable String message) {
		if (message == null) {
			return "unreadable";
		}
		String firstLine = message.lines().findFirst().orElse("").trim();
		return firstLine.replaceAll("'[^']{4,}'|\"[^\"]{4,}\"", "'...'");
	}

	private static @Nullable Format format(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
			return Format.YAML;
		}
		if (lower.endsWith(".properties")) {
			return Format.PROPERTIES;
		}
		return lower.endsWith(".json") ? Format.JSON : null;
	}

	private enum Format {

		YAML, PROPERTIES, JSON

	}

	/** Spring's own flattening of nested maps and lists into {@code a.b[0].c} keys. */
	private static final class Flattener extends YamlProcessor {

		Map<String, Object> flatten(Map<String, Object> source) {
			return getFlattenedMap(source);
		}

	}

}
