package dev.zkconfig.apply;

import java.util.ArrayList;
import java.util.List;

import dev.zkconfig.snapshot.ConfigChange;
import dev.zkconfig.source.ZkPropertySource;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Sorts out the accepted changes that leave the application's configuration as it was,
 * because a property source of higher precedence than their context's holds the same key
 * in any relaxed form: a profile's context, a system property, an environment variable, a
 * command-line argument. Such a change is accepted and recorded, but no bean is updated
 * and no listener is told, as Spring Cloud's {@code EnvironmentChangeEvent} would not
 * list its key.
 */
final class ShadowedChanges {

	private final ConfigurableEnvironment environment;

	ShadowedChanges(ConfigurableEnvironment environment) {
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

	private static boolean hidden(ConfigChange change, Iterable<ConfigurationPropertySource> sources) {
		ConfigurationPropertyName name = ConfigurationPropertyName.adapt(change.key(), '.');
		if (name.isEmpty()) {
			return false;
		}
		for (ConfigurationPropertySource source : sources) {
			if (source.getUnderlyingSource() instanceof ZkPropertySource zkSource
					&& zkSource.getContextPath().equals(change.context())) {
				return false;
			}
			if (source.getConfigurationProperty(name) != null) {
				return true;
			}
		}
		return false;
	}

}
