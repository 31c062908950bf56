package dev.zkconfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.zkconfig.event.ZkConfigChangeEvent;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * A small application with the kinds of beans users refresh: a {@code @RefreshScope} bean
 * with {@code @Value} fields and a {@code @ConfigurationProperties} bean.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties({ ZkTestApp.AppProperties.class, ZkTestApp.OtherProperties.class })
public class ZkTestApp {

	@Bean
	@RefreshScope
	Greeter greeter(@Value("${greeting.message:default-message}") String message,
			@Value("${greeting.count:0}") int count) {
		return new Greeter(message, count);
	}

	@Bean
	ChangeEvents changeEvents() {
		return new ChangeEvents();
	}

	public static class Greeter {

		private final String message;

		private final int count;

		public Greeter(String message, int count) {
			this.message = message;
			this.count = count;
		}

		public String getMessage() {
			return this.message;
		}

		public int getCount() {
			return this.count;
		}

	}

	@ConfigurationProperties("app")
	public static class AppProperties {

		private String title = "default-title";

		private int size;

		private Map<String, String> labels = new java.util.LinkedHashMap<>();

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public int getSize() {
			return this.size;
		}

		public void setSize(int size) {
			this.size = size;
		}

		public Map<String, String> getLabels() {
			return this.labels;
		}

		public void setLabels(Map<String, String> labels) {
			this.labels = labels;
		}

	}

	/** Counts how often it is bound, to show which changes rebind it. */
	@ConfigurationProperties("other")
	public static class OtherProperties implements InitializingBean {

		private final AtomicInteger bindings = new AtomicInteger();

		private String name = "default-name";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public int getBindings() {
			return this.bindings.get();
		}

		@Override
		public void afterPropertiesSet() {
			this.bindings.incrementAndGet();
		}

	}

	/** Records every change event the starter publishes. */
	public static class ChangeEvents {

		private final List<ZkConfigChangeEvent> events = Collections.synchronizedList(new ArrayList<>());

		@EventListener
		void onChange(ZkConfigChangeEvent event) {
			this.events.add(event);
		}

		public List<ZkConfigChangeEvent> all() {
			synchronized (this.events) {
				return List.copyOf(this.events);
			}
		}

	}

}
