package dev.zkconfig.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.zkconfig.snapshot.ZNodeKeys;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.common.PathUtils;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.util.StringUtils;

/**
 * Creates the znodes of a seed file that do not exist yet; existing znodes are never
 * changed.
 * <p>
 * A seed file is a YAML or {@code .properties} file whose keys are znode paths from the
 * root, with {@code '.'} as the separator, and whose values are the znodes' UTF-8 data.
 * In YAML the nesting mirrors the tree: <pre class="code">
 * config:
 *   sample:
 *     greeting:
 *       message: Hello
 * </pre> creates {@code /config/sample/greeting/message} with {@code Hello}, which an
 * application named {@code sample} reads as the property {@code greeting.message}. The
 * same in a properties file: {@code config.sample.greeting.message=Hello}. A name in
 * brackets keeps its dots, so {@code "[application.yml]"} under {@code sample} creates
 * the document znode {@code /config/sample/application.yml}.
 */
public final class ZNodeSeeder {

	private static final List<PropertySourceLoader> LOADERS = List.of(new YamlPropertySourceLoader(),
			new PropertiesPropertySourceLoader());

	private final CuratorFramework curator;

	/**
	 * Create a seeder.
	 * @param curator a connected Curator client of the server to seed
	 */
	public ZNodeSeeder(CuratorFramework curator) {
		this.curator = curator;
	}

	/**
	 * Create the znodes of a seed file that do not exist yet.
	 * @param resource the seed file, YAML ({@code .yml}, {@code .yaml}) or properties
	 * @return the paths of the created znodes
	 * @throws EmbeddedZooKeeperException if the file cannot be read or names an invalid
	 * path
	 * @throws IllegalStateException if ZooKeeper fails
	 */
	public List<String> seed(Resource resource) {
		Map<String, String> nodes = read(resource);
		List<String> created = new ArrayList<>();
		for (Map.Entry<String, String> node : nodes.entrySet()) {
			if (createIfMissing(node.getKey(), node.getValue())) {
				created.add(node.getKey());
			}
		}
		return Collections.unmodifiableList(created);
	}

	private boolean createIfMissing(String path, String value) {
		try {
			if (this.curator.checkExists().forPath(path) != null) {
				return false;
			}
			this.curator.create().creatingParentsIfNeeded().forPath(path, value.getBytes(StandardCharsets.UTF_8));
			return true;
		}
		catch (KeeperException.NodeExistsException ex) {
			return false;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not create znode " + path, ex);
		}
	}

	/**
	 * Read the znodes of a seed file, parents before their children.
	 * @param resource the seed file
	 * @return the znode data by absolute path
	 */
	static Map<String, String> read(Resource resource) {
		if (!resource.exists()) {
			throw seedFailure("Seed file " + resource.getDescription() + " does not exist", null);
		}
		// sorted: a parent path is a prefix of its children's, so it is created first and
		// gets its own value rather than the empty one of an implicitly created parent
		Map<String, String> nodes = new TreeMap<>();
		for (PropertySource<?> source : load(resource)) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String key : enumerable.getPropertyNames()) {
					Object value = enumerable.getProperty(key);
					nodes.put(toPath(resource, key), (value != null) ? value.toString() : "");
				}
			}
		}
		return nodes;
	}

	private static List<PropertySource<?>> load(Resource resource) {
		String extension = StringUtils.getFilenameExtension(resource.getFilename());
		for (PropertySourceLoader loader : LOADERS) {
			if (extension != null && List.of(loader.getFileExtensions()).contains(extension.toLowerCase(Locale.ROOT))) {
				try {
					return loader.load("zkconfig-seed", resource);
				}
				catch (IOException | RuntimeException ex) {
					String reason = (ex.getMessage() != null) ? ex.getMessage().lines().findFirst().orElse("") : "";
					throw seedFailure("Cannot read seed file " + resource.getDescription() + ": "
							+ ex.getClass().getSimpleName() + " " + reason.trim(), ex);
				}
			}
		}
		throw seedFailure("Seed file " + resource.getDescription()
				+ " must be YAML (.yml, .yaml) or properties (.properties, .xml)", null);
	}

	private static EmbeddedZooKeeperException seedFailure(String description, @Nullable Throwable cause) {
		return new EmbeddedZooKeeperException(description,
				"Fix the seed file, or set zkconfig.embedded.seed to another one (or leave it unset)", cause);
	}

	/**
	 * The znode path of a key: every {@code '.'} separates znodes, except inside a
	 * bracketed part that is not an index, Spring Boot's way of keeping dots in a map key
	 * ({@code "[application.yml]"} in YAML): {@code config.sample[application.yml]} is
	 * {@code /config/sample/application.yml}. An index stays part of its name
	 * ({@code list[0]}).
	 */
	static String toPath(Resource resource, String key) {
		StringBuilder path = new StringBuilder();
		int start = 0;
		while (start < key.length()) {
			int open = key.indexOf('[', start);
			int close = (open >= 0) ? key.indexOf(']', open) : -1;
			String name = (open >= 0 && close > open) ? key.substring(open + 1, close) : null;
			if (name == null || name.chars().allMatch(Character::isDigit)) {
				int end = (close > 0) ? close + 1 : key.length();
				path.append(ZNodeKeys.pathOf("", key.substring(start, end)));
				start = end;
			}
			else {
				if (open > start) {
					path.append(ZNodeKeys.pathOf("", key.substring(start, open)));
				}
				path.append('/').append(name);
				start = close + 1;
			}
			if (start < key.length() && key.charAt(start) == '.') {
				start++;
			}
		}
		return validate(resource, key, path.toString());
	}

	private static String validate(Resource resource, String key, String path) {
		try {
			PathUtils.validatePath(path);
		}
		catch (IllegalArgumentException ex) {
			throw seedFailure("Key '" + key + "' in seed file " + resource.getDescription()
					+ " is not a valid znode path: " + ex.getMessage(), ex);
		}
		return path;
	}

}
