package dev.zkconfig.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.ValueInjection;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * Which {@code @RefreshScope} beans read a key through {@code @Value}, by the key's
 * configuration property name, so that any relaxed form of a changed key finds them.
 * Derived from the {@link KeyIndex} again whenever a bean's injection points have grown
 * there (a bean created for the first time), and otherwise looked up without going
 * through every bean.
 */
final class ValueReaders {

	private final KeyIndex index;

	private volatile Readers readers = new Readers(-1, Map.of());

	ValueReaders(KeyIndex index) {
		this.index = index;
	}

	/**
	 * Add the beans that read a key to a set.
	 * @param beans the {@code @RefreshScope} beans
	 * @param key the key, adapted
	 * @param readers where to add the names of the beans that read it
	 */
	void addReaders(RefreshScopedBeans beans, ConfigurationPropertyName key, Set<String> readers) {
		readers.addAll(current(beans).byKey().getOrDefault(key, Set.of()));
	}

	private Readers current(RefreshScopedBeans beans) {
		Readers current = this.readers;
		long version = this.index.getVersion();
		if (current.version() != version) {
			// read before the injection points, so that one recorded meanwhile is seen
			// by the next call at the latest
			current = new Readers(version, byKey(beans));
			this.readers = current;
		}
		return current;
	}

	private Map<ConfigurationPropertyName, Set<String>> byKey(RefreshScopedBeans beans) {
		Map<ConfigurationPropertyName, Set<String>> byKey = new HashMap<>();
		for (String beanName : beans.names()) {
			for (ValueInjection injection : this.index.of(beanName)) {
				for (String key : injection.getKeys()) {
					byKey.computeIfAbsent(ConfigurationPropertyName.adapt(key, '.'), (name) -> new HashSet<>())
						.add(beanName);
				}
			}
		}
		return byKey;
	}

	/**
	 * The readers as derived at one version of the index.
	 *
	 * @param version the index's version
	 * @param byKey the beans by the keys they read
	 */
	private record Readers(long version, Map<ConfigurationPropertyName, Set<String>> byKey) {
	}

}
