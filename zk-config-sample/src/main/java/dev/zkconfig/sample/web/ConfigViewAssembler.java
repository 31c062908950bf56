package dev.zkconfig.sample.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.zkconfig.sample.demo.DemoProperties;
import dev.zkconfig.sample.demo.Greeting;
import dev.zkconfig.support.SecretValues;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads the current values of the demo beans, the ZooKeeper contexts, and the latest
 * applied and rejected changes into a {@link ConfigView}.
 */
@Component
public class ConfigViewAssembler {

	private final Greeting greeting;

	private final DemoProperties properties;

	private final Environment environment;

	private final ContextReader contexts;

	private final ChangeHistory history;

	private final RejectionReader rejections;

	private final SecretValues secrets;

	public ConfigViewAssembler(Greeting greeting, DemoProperties properties, Environment environment,
			ContextReader contexts, ChangeHistory history, RejectionReader rejections, SecretValues secrets) {
		this.greeting = greeting;
		this.properties = properties;
		this.environment = environment;
		this.contexts = contexts;
		this.history = history;
		this.rejections = rejections;
		this.secrets = secrets;
	}

	/**
	 * Return what the page shows now.
	 * @return the view
	 */
	public ConfigView currentView() {
		return new ConfigView(this.properties.getTitle(), this.properties.getSubtitle(), this.contexts.zooKeeper(),
				beans(), this.contexts.snapshots(), this.contexts.keys(),
				this.history.latest(this.properties.getMaxChanges()),
				this.rejections.current(this.properties.getMaxRejections()));
	}

	private Map<String, Map<String, @Nullable String>> beans() {
		Map<String, @Nullable String> refreshScope = new LinkedHashMap<>();
		refreshScope.put("greeting.message", this.greeting.getMessage());
		refreshScope.put("greeting.repeat", String.valueOf(this.greeting.getRepeat()));
		Map<String, @Nullable String> configurationProperties = new LinkedHashMap<>();
		configurationProperties.put("demo.title", this.properties.getTitle());
		configurationProperties.put("demo.subtitle", this.properties.getSubtitle());
		configurationProperties.put("demo.max-changes", String.valueOf(this.properties.getMaxChanges()));
		configurationProperties.put("demo.max-rejections", String.valueOf(this.properties.getMaxRejections()));
		configurationProperties.put("demo.api-token", this.properties.getApiToken());
		Map<String, @Nullable String> environment = new LinkedHashMap<>();
		environment.put("notice.text", this.environment.getProperty("notice.text"));
		Map<String, Map<String, @Nullable String>> beans = new LinkedHashMap<>();
		beans.put("refreshScope", sanitized(refreshScope));
		beans.put("configurationProperties", sanitized(configurationProperties));
		beans.put("environment", sanitized(environment));
		return beans;
	}

	private Map<String, @Nullable String> sanitized(Map<String, @Nullable String> values) {
		Map<String, @Nullable String> sanitized = new LinkedHashMap<>();
		values.forEach((key, value) -> sanitized.put(key, this.secrets.mask(key, value)));
		return sanitized;
	}

}
