package dev.zkconfig.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.zkconfig.snapshot.ConfigSnapshot;
import dev.zkconfig.source.ZkPropertySource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySources;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * Finds the keys whose values refer to other keys through placeholders
 * ({@code url=https://${host}/api}), in every property source of the application: when
 * {@code host} changes, whatever reads {@code url} must be checked and updated too.
 * <p>
 * A ZooKeeper context's snapshot knows its keys with placeholders. The other sources are
 * read once each and remembered while they stay in the environment, as they do not change
 * while the application runs. Used by one thread at a time.
 */
public final class PlaceholderReferences {

	private static final Log logger = LogFactory.getLog(PlaceholderReferences.class);

	private static final PropertyPlaceholderHelper parser = new PropertyPlaceholderHelper("${", "}", ":", '\\', true);

	/** The sources last looked in, in their order. */
	private final SeenSources sources = new SeenSources();

	/**
	 * The referring keys of the sources other than ZooKeeper contexts, each read once.
	 */
	private Map<PropertySource<?>, List<Referring>> otherSources = new IdentityHashMap<>();

	/** The referring keys of the sources other than ZooKeeper contexts, all together. */
	private List<Referring> others = List.of();

	/**
	 * The referring keys of the contexts' snapshots last looked at, so that each value is
	 * parsed once.
	 */
	private Map<KeyValue, Referring> contextKeys = new HashMap<>();

	/**
	 * Return the keys whose values refer to the given keys, directly or through other
	 * such keys, in any relaxed form. A key's value that a source of higher precedence
	 * hides does not count: the key keeps that source's value.
	 * @param keys the changed keys
	 * @param sources the property sources to look in
	 * @param precedence the same sources as configuration property sources, to tell which
	 * value of a key is seen
	 * @return each referring key with the given key it leads to, in the order found;
	 * empty when none refers to them
	 */
	public Map<String, String> referring(Collection<String> keys, PropertySources sources,
			Iterable<ConfigurationPropertySource> precedence) {
		List<Referring> candidates = referringKeys(sources);
		if (candidates.isEmpty()) {
			return Map.of();
		}
		Map<ConfigurationPropertyName, String> reached = new HashMap<>();
		for (String key : keys) {
			reached.putIfAbsent(ConfigurationPropertyName.adapt(key, '.'), key);
		}
		Map<String, String> referring = new LinkedHashMap<>();
		boolean found = true;
		while (found) {
			found = false;
			for (Referring candidate : candidates) {
				if (!reached.containsKey(candidate.name()) && !referring.containsKey(candidate.key())) {
					String changed = firstReached(candidate.references(), reached);
					if (changed != null && !candidate.hidden(precedence)) {
						referring.put(candidate.key(), changed);
						reached.put(candidate.name(), changed);
						found = true;
					}
				}
			}
		}
		return referring;
	}

	/**
	 * Return the keys that the placeholders of a value name, those of their defaults too
	 * ({@code ${a:${b}}} names {@code a} and {@code b}).
	 * @param value the value
	 * @return the keys, as configuration property names
	 */
	public static List<ConfigurationPropertyName> namesIn(String value) {
		List<ConfigurationPropertyName> names = new ArrayList<>();
		// every name is looked up, those in defaults too: none resolves here
		parser.replacePlaceholders(value, (placeholder) -> {
			ConfigurationPropertyName name = ConfigurationPropertyName.adapt(placeholder, '.');
			if (!name.isEmpty()) {
				names.add(name);
			}
			return null;
		});
		return List.copyOf(names);
	}

	private static @Nullable String firstReached(List<ConfigurationPropertyName> references,
			Map<ConfigurationPropertyName, String> reached) {
		for (ConfigurationPropertyName reference : references) {
			String changed = reached.get(reference);
			if (changed != null) {
				return changed;
			}
		}
		return null;
	}

	private List<Referring> referringKeys(PropertySources sources) {
		if (!this.sources.same(sources)) {
			readOtherSources(this.sources.get());
		}
		List<Referring> withContexts = null;
		Map<KeyValue, Referring> parsed = new HashMap<>();
		for (PropertySource<?> source : this.sources.get()) {
			if (source instanceof ZkPropertySource zkSource) {
				ConfigSnapshot snapshot = zkSource.getSnapshot();
				for (String key : snapshot.getPlaceholderKeys()) {
					String value = snapshot.get(key);
					if (value != null) {
						withContexts = (withContexts != null) ? withContexts : new ArrayList<>(this.others);
						KeyValue property = new KeyValue(zkSource.getName(), key, value);
						Referring known = this.contextKeys.get(property);
						Referring referring = (known != null) ? known : Referring.of(zkSource, key, value);
						parsed.put(property, referring);
						withContexts.add(referring);
					}
				}
			}
		}
		this.contextKeys = parsed;
		return (withContexts != null) ? withContexts : this.others;
	}

	private void readOtherSources(List<PropertySource<?>> sources) {
		Map<PropertySource<?>, List<Referring>> otherSources = new IdentityHashMap<>();
		List<Referring> others = new ArrayList<>();
		for (PropertySource<?> source : sources) {
			if (!(source instanceof ZkPropertySource) && source instanceof EnumerablePropertySource<?> enumerable
					&& !ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
				List<Referring> known = this.otherSources.get(source);
				List<Referring> read = (known != null) ? known : read(enumerable);
				otherSources.put(source, read);
				others.addAll(read);
			}
		}
		this.otherSources = otherSources;
		this.others = List.copyOf(others);
	}

	private static List<Referring> read(EnumerablePropertySource<?> source) {
		List<Referring> referring = new ArrayList<>();
		try {
			for (String key : source.getPropertyNames()) {
				if (source.getProperty(key) instanceof String value && ConfigSnapshot.holdsPlaceholder(value)) {
					referring.add(Referring.of(source, key, value));
				}
			}
		}
		catch (RuntimeException ex) {
			// a source of the application's own that cannot be listed: what it names is
			// not followed, and changes still apply
			logger.debug("Could not read property source '" + source.getName() + "' for placeholders", ex);
		}
		return List.copyOf(referring);
	}

	/** A key of a context's snapshot and its value, by the context's source name. */
	private record KeyValue(String source, String key, String value) {
	}

	/**
	 * A key whose value holds placeholders, the keys they name, and the name of the
	 * source defining it (unique in an environment, and kept when a source is replaced).
	 */
	private record Referring(String key, ConfigurationPropertyName name, List<ConfigurationPropertyName> references,
			String source) {

		static Referring of(PropertySource<?> source, String key, String value) {
			return new Referring(key, ConfigurationPropertyName.adapt(key, '.'), namesIn(value), source.getName());
		}

		boolean hidden(Iterable<ConfigurationPropertySource> precedence) {
			return SourcePrecedence.hidden(this.name, (underlying) -> underlying instanceof PropertySource<?> defining
					&& defining.getName().equals(this.source), precedence);
		}

	}

}
