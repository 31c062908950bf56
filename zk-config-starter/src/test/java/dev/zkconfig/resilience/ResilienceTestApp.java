package dev.zkconfig.resilience;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.zkconfig.event.ZkConfigChangeEvent;
import dev.zkconfig.snapshot.ConfigChange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * An application whose beans read a key space that the fault tests write: key znodes
 * below {@code store/keys} (the map {@code store.keys}) and the keys of a document (the
 * map {@code store.doc}), both bound by a {@code @ConfigurationProperties} bean, and a
 * {@code @RefreshScope} bean with {@code @Value}s of one key of each.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(ResilienceTestApp.Store.class)
public class ResilienceTestApp {

	/** What the {@link Probe} shows for a key that is not set. */
	public static final String NONE = "<none>";

	@Bean
	@RefreshScope
	Probe probe(@Value("${store.keys.k00:" + NONE + "}") String key, @Value("${store.doc.d0:" + NONE + "}") String doc,
			Creations creations) {
		creations.created();
		return new Probe(key, doc);
	}

	@Bean
	Creations creations() {
		return new Creations();
	}

	@Bean
	Changes changes() {
		return new Changes();
	}

	/** A {@code @RefreshScope} bean: proxied, so a class rather than a record. */
	public static class Probe {

		private final String key;

		private final String doc;

		public Probe(String key, String doc) {
			this.key = key;
			this.doc = doc;
		}

		/**
		 * Return the value of {@code store.keys.k00}, read by {@code @Value}.
		 * @return the value, or {@link ResilienceTestApp#NONE}
		 */
		public String key() {
			return this.key;
		}

		/**
		 * Return the value of {@code store.doc.d0}, read by {@code @Value}.
		 * @return the value, or {@link ResilienceTestApp#NONE}
		 */
		public String doc() {
			return this.doc;
		}

	}

	/** Counts how often the refresh scope creates the {@link Probe}. */
	public static class Creations {

		private final AtomicInteger count = new AtomicInteger();

		void created() {
			this.count.incrementAndGet();
		}

		public int count() {
			return this.count.get();
		}

	}

	@ConfigurationProperties("store")
	public static class Store {

		private Map<String, String> keys = new LinkedHashMap<>();

		private Map<String, String> doc = new LinkedHashMap<>();

		public Map<String, String> getKeys() {
			return this.keys;
		}

		public void setKeys(Map<String, String> keys) {
			this.keys = keys;
		}

		public Map<String, String> getDoc() {
			return this.doc;
		}

		public void setDoc(Map<String, String> doc) {
			this.doc = doc;
		}

	}

	/** Records every change event the starter publishes. */
	public static class Changes {

		private final List<ZkConfigChangeEvent> events = Collections.synchronizedList(new ArrayList<>());

		@EventListener
		void onChange(ZkConfigChangeEvent event) {
			this.events.add(event);
		}

		/**
		 * Return the events so far.
		 * @return the events, oldest first
		 */
		public List<ZkConfigChangeEvent> events() {
			synchronized (this.events) {
				return List.copyOf(this.events);
			}
		}

		/**
		 * Return every key of every event so far, once for each event that changed it.
		 * @return the keys, oldest first
		 */
		public List<String> keys() {
			return events().stream().flatMap((event) -> event.getChanges().stream()).map(ConfigChange::key).toList();
		}

		/**
		 * Return how often a key was changed.
		 * @param key the key
		 * @return the number of changes of the key
		 */
		public long countOf(String key) {
			return keys().stream().filter(key::equals).count();
		}

	}

}
