package dev.zkconfig.guard;

import java.util.function.Predicate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Whether a key's value in one property source is the one the application sees: it is not
 * when a source of higher precedence holds the same key in any relaxed form (a profile's
 * context, a system property, an environment variable, a command-line argument).
 */
public final class SourcePrecedence {

	private static final Log logger = LogFactory.getLog(SourcePrecedence.class);

	private SourcePrecedence() {
	}

	/**
	 * Whether a source of higher precedence than the one defining a key holds it too.
	 * @param name the key
	 * @param definedIn whether a property source, as {@link ConfigurationPropertySource}
	 * underlying sources, is the one defining the key
	 * @param sources the sources, highest precedence first
	 * @return {@code true} if a source before the defining one holds the key
	 */
	public static boolean hidden(ConfigurationPropertyName name, Predicate<Object> definedIn,
			Iterable<ConfigurationPropertySource> sources) {
		if (name.isEmpty()) {
			return false;
		}
		for (ConfigurationPropertySource source : sources) {
			if (definedIn.test(source.getUnderlyingSource())) {
				return false;
			}
			if (holds(source, name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a source holds a key; a source that fails to say is taken not to, so that
	 * what it would hide still applies.
	 */
	private static boolean holds(ConfigurationPropertySource source, ConfigurationPropertyName name) {
		try {
			return source.getConfigurationProperty(name) != null;
		}
		catch (RuntimeException ex) {
			// the source's name only: its toString may list its values
			Object underlying = source.getUnderlyingSource();
			String described = (underlying instanceof PropertySource<?> propertySource) ? propertySource.getName()
					: source.getClass().getSimpleName();
			logger.debug("Could not look up key '" + name + "' in property source '" + described + "'", ex);
			return false;
		}
	}

}
