package dev.zkconfig.apply;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.logging.LoggingRebinder;

/**
 * A {@link LoggingRebinder} that re-applies {@code logging.level.*} only when a change
 * concerns it. Spring Cloud's binds the whole {@code logging.level} map from every
 * property source on every {@link EnvironmentChangeEvent}, which costs more than the rest
 * of a one-key refresh. An event without keys re-applies the levels as before.
 */
public class TargetedLoggingRebinder extends LoggingRebinder {

	private static final ConfigurationPropertyName LOGGING = ConfigurationPropertyName.of("logging");

	@Override
	public void onApplicationEvent(EnvironmentChangeEvent event) {
		if (event.getKeys().isEmpty() || event.getKeys().stream().anyMatch(TargetedLoggingRebinder::concernsLogging)) {
			super.onApplicationEvent(event);
		}
	}

	private static boolean concernsLogging(String key) {
		ConfigurationPropertyName name = ConfigurationPropertyName.adapt(key, '.');
		return LOGGING.equals(name) || LOGGING.isAncestorOf(name) || name.isAncestorOf(LOGGING);
	}

}
