package dev.zkconfig.resilience;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import dev.zkconfig.resilience.ResilienceTestApp.Probe;
import dev.zkconfig.resilience.ResilienceTestApp.Store;
import dev.zkconfig.source.ZkPropertySource;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

/**
 * Compares what a running application serves with what ZooKeeper holds now, for the key
 * znodes below {@code store/keys} and the keys of the document {@code application.yml}:
 * the {@code Environment}, the {@code @ConfigurationProperties} bean that binds them, the
 * {@code @Value}s of the {@code @RefreshScope} bean, and the names the context's property
 * source lists.
 */
final class ConfigComparison {

	private final Map<String, String> truth;

	private final Set<String> keys = new LinkedHashSet<>();

	private final List<String> mismatches = new ArrayList<>();

	private int values;

	private ConfigComparison(Map<String, String> truth) {
		this.truth = truth;
	}

	/**
	 * Read the truth from ZooKeeper and compare the application with it.
	 * @param client a client of the ensemble
	 * @param contextPath the application's context
	 * @param context the application
	 * @return the comparison
	 * @throws Exception if ZooKeeper cannot be read
	 */
	static ConfigComparison compare(CuratorFramework client, String contextPath, ConfigurableApplicationContext context)
			throws Exception {
		ConfigComparison comparison = new ConfigComparison(truth(client, contextPath));
		comparison.compareWith(context, contextPath);
		return comparison;
	}

	private void compareWith(ConfigurableApplicationContext context, String contextPath) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Store store = context.getBean(Store.class);
		Probe probe = context.getBean(Probe.class);
		Set<String> names = new LinkedHashSet<>(this.truth.keySet());
		SoakWorkload.KEYS.forEach((key) -> names.add("store.keys." + key));
		SoakWorkload.DOC_KEYS.forEach((key) -> names.add("store.doc." + key));
		for (String name : names) {
			this.keys.add(name);
			String expected = this.truth.get(name);
			check(name, "Environment", expected, environment.getProperty(name));
			if (name.startsWith("store.keys.")) {
				check(name, "Store.keys", expected, store.getKeys().get(name.substring("store.keys.".length())));
			}
			else if (name.startsWith("store.doc.")) {
				check(name, "Store.doc", expected, store.getDoc().get(name.substring("store.doc.".length())));
			}
		}
		store.getKeys().keySet().forEach((key) -> checkKnown("store.keys." + key, "Store.keys"));
		store.getDoc().keySet().forEach((key) -> checkKnown("store.doc." + key, "Store.doc"));
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source instanceof ZkPropertySource zk && zk.getContextPath().equals(contextPath)) {
				for (String name : zk.getPropertyNames()) {
					checkKnown(name, "property source " + zk.getName());
				}
			}
		}
		check("store.keys.k00", "@Value of the @RefreshScope bean",
				this.truth.getOrDefault("store.keys.k00", ResilienceTestApp.NONE), probe.key());
		check("store.doc.d0", "@Value of the @RefreshScope bean",
				this.truth.getOrDefault("store.doc.d0", ResilienceTestApp.NONE), probe.doc());
	}

	private void check(String key, String where, String expected, String actual) {
		this.values++;
		if (!Objects.equals(expected, actual)) {
			this.mismatches.add(key + " in " + where + ": ZooKeeper has " + describe(expected) + ", the application "
					+ describe(actual));
		}
	}

	/** A key the application serves must be one ZooKeeper has. */
	private void checkKnown(String key, String where) {
		if (!this.truth.containsKey(key)) {
			this.keys.add(key);
			check(key, where, null, "a value");
		}
	}

	/** The distinct keys compared. */
	Set<String> keys() {
		return this.keys;
	}

	/**
	 * The values compared: each key in the {@code Environment} and in every bean that
	 * reads it.
	 */
	int values() {
		return this.values;
	}

	List<String> mismatches() {
		return this.mismatches;
	}

	private static String describe(String value) {
		return (value != null) ? "'" + value + "'" : "no value";
	}

	/** The properties ZooKeeper holds now for the key znodes and the document. */
	private static Map<String, String> truth(CuratorFramework client, String contextPath) throws Exception {
		Map<String, String> truth = new TreeMap<>();
		String keysPath = contextPath + "/store/keys";
		for (String child : client.getChildren().forPath(keysPath)) {
			byte[] data = client.getData().forPath(keysPath + "/" + child);
			truth.put("store.keys." + child, new String(data, StandardCharsets.UTF_8));
		}
		byte[] document;
		try {
			document = client.getData().forPath(contextPath + "/application.yml");
		}
		catch (KeeperException.NoNodeException ex) {
			return truth;
		}
		for (PropertySource<?> source : new YamlPropertySourceLoader().load("truth", new ByteArrayResource(document))) {
			EnumerablePropertySource<?> properties = (EnumerablePropertySource<?>) source;
			for (String name : properties.getPropertyNames()) {
				truth.put(name, String.valueOf(properties.getProperty(name)));
			}
		}
		return truth;
	}

}
