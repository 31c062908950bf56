package dev.zkconfig.guard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.zkconfig.event.ZkConfigChangeEvent;
import dev.zkconfig.event.ZkConfigRejectedEvent;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.validation.annotation.Validated;

/**
 * An application with the beans a bad value can break: a {@code @RefreshScope} bean with
 * {@code @Value} of an {@code int} and a {@code String}, validated and plain
 * {@code @ConfigurationProperties} beans, a map-bound one, and a recorder of the
 * starter's events.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties({ GuardTestApp.Limits.class, GuardTestApp.Pool.class, GuardTestApp.Cache.class,
		GuardTestApp.Queue.class, GuardTestApp.Retry.class, GuardTestApp.Labels.class, GuardTestApp.Hidden.class })
public class GuardTestApp {

	@Bean
	@RefreshScope
	Counter counter(@Value("${counter.size:1}") int size, @Value("${counter.label:none}") String label) {
		return new Counter(size, label);
	}

	@Bean
	@ConfigurationProperties("client")
	Client client() {
		return new Client("built by its @Bean method");
	}

	@Bean
	Events events() {
		return new Events();
	}

	/** A {@code @RefreshScope} bean: proxied, so a class rather than a record. */
	public static class Counter {

		private final int size;

		private final String label;

		public Counter(int size, String label) {
			this.size = size;
			this.label = label;
		}

		public int size() {
			return this.size;
		}

		public String label() {
			return this.label;
		}

	}

	@Validated
	@ConfigurationProperties("limits")
	public static class Limits {

		@Min(1)
		private int max = 10;

		@NotBlank
		private String name = "default";

		public int getMax() {
			return this.max;
		}

		public void setMax(int max) {
			this.max = max;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	/** Four beans that a single transaction can change together. */
	public abstract static class Sized {

		private int size = 1;

		public int getSize() {
			return this.size;
		}

		public void setSize(int size) {
			this.size = size;
		}

	}

	/** Package-private, as Spring Boot allows: checked like any other. */
	@ConfigurationProperties("hidden")
	static class Hidden {

		private int port = 1;

		int getPort() {
			return this.port;
		}

		void setPort(int port) {
			this.port = port;
		}

	}

	/**
	 * Bound by its {@code @Bean} method's {@code @ConfigurationProperties}, with no
	 * constructor the binder could create another one with.
	 */
	public static class Client {

		private final String origin;

		private int timeout = 1;

		public Client(String origin) {
			this.origin = origin;
		}

		public String getOrigin() {
			return this.origin;
		}

		public int getTimeout() {
			return this.timeout;
		}

		public void setTimeout(int timeout) {
			this.timeout = timeout;
		}

	}

	@ConfigurationProperties("pool")
	public static class Pool extends Sized {

	}

	@ConfigurationProperties("cache")
	public static class Cache extends Sized {

	}

	@ConfigurationProperties("queue")
	public static class Queue extends Sized {

	}

	@ConfigurationProperties("retry")
	public static class Retry extends Sized {

	}

	@ConfigurationProperties("tags")
	public static class Labels {

		private Map<String, String> labels = new LinkedHashMap<>();

		public Map<String, String> getLabels() {
			return this.labels;
		}

		public void setLabels(Map<String, String> labels) {
			this.labels = labels;
		}

	}

	/** Records the starter's change and rejection events. */
	public static class Events {

		private final List<ZkConfigChangeEvent> changes = Collections.synchronizedList(new ArrayList<>());

		private final List<ZkConfigRejectedEvent> rejections = Collections.synchronizedList(new ArrayList<>());

		@EventListener
		void onChange(ZkConfigChangeEvent event) {
			this.changes.add(event);
		}

		@EventListener
		void onRejection(ZkConfigRejectedEvent event) {
			this.rejections.add(event);
		}

		public List<ZkConfigChangeEvent> changes() {
			synchronized (this.changes) {
				return List.copyOf(this.changes);
			}
		}

		public List<Rejection> rejections() {
			synchronized (this.rejections) {
				return this.rejections.stream().flatMap((event) -> event.getRejections().stream()).toList();
			}
		}

	}

}
