package dev.zkconfig.apply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.zkconfig.guard.PlaceholderReferences;
import dev.zkconfig.guard.SourcePrecedence;
import dev.zkconfig.snapshot.ConfigChange;
import dev.zkconfig.source.ZkPropertySource;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * What accepted changes change in the application's configuration.
 * <p>
 * A change leaves it as it was when a property source of higher precedence than its
 * context's holds the same key in any relaxed form: a profile's context, a system
 * property, an environment variable, a command-line argument. Such a change is accepted
 * and recorded, but no bean is updated and no listener is told, as Spring Cloud's
 * {@code EnvironmentChangeEvent} would not list its key.
 * <p>
 * A key whose value refers to a changed key through a placeholder changes with it, in
 * whichever source it is defined: the beans that read it are updated too.
 */
final class EffectiveChanges {

	private final ConfigurableEnvironment environment;

	private final PlaceholderReferences references = new PlaceholderReferences();

	EffectiveChanges(ConfigurableEnvironment environment) {
		this.environment = environment;
	}

	/**
	 * Return the changes that no source of higher precedence hides, in their order.
	 * @param changes the accepted changes, already served by their contexts' sources
	 * @return the visible changes; the given list if none is hidden
	 */
	List<ConfigChange> visible(List<ConfigChange> changes) {
		Iterable<ConfigurationPropertySource> sources = ConfigurationPropertySources.get(this.environment);
		List<ConfigChange> visible = new ArrayList<>(changes.size());
		for (ConfigChange change : changes) {
			if (!hidden(change, sources)) {
				visible.add(change);
			}
		}
		return (visible.size() != changes.size()) ? visible : changes;
	}

	/**
	 * Return the keys whose values the changes alter: theirs, and those of the keys that
	 * refer to them.
	 * @param visible the visible changes
	 * @return the keys, changed ones first
	 */
	Set<String> keys(List<ConfigChange> visible) {
		Set<String> changed = ConfigChange.keysOf(visible);
		Map<String, String> referring = this.references.referring(changed, this.environment.getPropertySources(),
				ConfigurationPropertySources.get(this.environment));
		if (referring.isEmpty()) {
			return changed;
		}
		Set<String> keys = new LinkedHashSet<>(changed);
		keys.addAll(referring.keySet());
		return Collections.unmodifiableSet(keys);
	}

	private static boolean hidden(ConfigChange change, Iterable<ConfigurationPropertySource> sources) {
		return SourcePrecedence.hidden(ConfigurationPropertyName.adapt(change.key(), '.'),
				(source) -> source instanceof ZkPropertySource zkSource
						&& zkSource.getContextPath().equals(change.context()),
				sources);
	}

}
