package dev.zkconfig.sample.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.zkconfig.embedded.EmbeddedZooKeeper;
import dev.zkconfig.sample.config.ConfigWriter;
import dev.zkconfig.sample.demo.DemoProperties;
import dev.zkconfig.sample.demo.Greeting;
import dev.zkconfig.source.ZkPropertySource;
import dev.zkconfig.support.SecretValues;
import org.apache.curator.framework.CuratorFramework;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Reads the current values of the demo beans and ZooKeeper contexts into a
 * {@link ConfigView}.
 */
@Component
public class ConfigViewAssembler {

	private final Greeting greeting;

	private final DemoProperties properties;

	private final ConfigurableEnvironment environment;

	private final CuratorFramework curator;

	private final ObjectProvider<EmbeddedZooKeeper> embedded;

	private final ConfigWriter writer;

	private final ChangeHistory history;

	public ConfigViewAssembler(Greeting greeting, DemoProperties properties, ConfigurableEnvironment environment,
			CuratorFramework curator, ObjectProvider<EmbeddedZooKeeper> embedded, ConfigWriter writer,
			ChangeHistory history) {
		this.greeting = greeting;
		this.properties = properties;
		this.environment = environment;
		this.curator = curator;
		this.embedded = embedded;
		this.writer = writer;
		this.history = history;
	}

	/**
	 * Return what the page shows now.
	 * @return the view
	 */
	public ConfigView currentView() {
		ConfigView.ZooKeeper zooKeeper = new ConfigView.ZooKeeper(
				this.curator.getZookeeperClient().getCurrentConnectionString(),
				this.embedded.getIfAvailable() != null, this.writer.getContextPath());
		return new ConfigView(this.properties.getTitle(), zooKeeper, beans(), keys(),
				this.history.latest(this.properties.getMaxChanges()));
	}

	private Map<String, Map<String, String>> beans() {
		Map<String, String> refreshScope = new LinkedHashMap<>();
		refreshScope.put("greeting.message", this.greeting.getMessage());
		refreshScope.put("greeting.repeat", String.valueOf(this.greeting.getRepeat()));
		Map<String, String> configurationProperties = new LinkedHashMap<>();
		configurationProperties.put("demo.title", this.properties.getTitle());
		configurationProperties.put("demo.max-changes", String.valueOf(this.properties.getMaxChanges()));
		configurationProperties.put("demo.api-token", this.properties.getApiToken());
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("notice.text", this.environment.getProperty("notice.text"));
		Map<String, Map<String, String>> beans = new LinkedHashMap<>();
		beans.put("refreshScope", sanitized(refreshScope));
		beans.put("configurationProperties", sanitized(configurationProperties));
		beans.put("environment", sanitized(environment));
		return beans;
	}

	private static Map<String, String> sanitized(Map<String, String> values) {
		Map<String, String> sanitized = new LinkedHashMap<>();
		values.forEach((key, value) -> sanitized.put(key, SecretValues.sanitize(key, value)));
		return sanitized;
	}

	private List<ConfigView.Key> keys() {
		List<ConfigView.Key> keys = new ArrayList<>();
		for (PropertySource<?> source : this.environment.getPropertySources()) {
			if (source instanceof ZkPropertySource zkSource) {
				Arrays.stream(zkSource.getPropertyNames())
					.sorted()
					.forEach((key) -> keys.add(new ConfigView.Key(key,
							SecretValues.sanitize(key, String.valueOf(zkSource.getProperty(key))),
							zkSource.getContextPath())));
			}
		}
		return keys;
	}

}
