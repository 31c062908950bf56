package dev.zkconfig.apply;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.zkconfig.guard.ConfigurationPropertiesIndex;
import dev.zkconfig.support.Failures;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration.RefreshProperties;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.context.properties.ConfigurationPropertiesBeans;
import org.springframework.cloud.context.properties.ConfigurationPropertiesRebinder;
import org.springframework.context.ApplicationContext;
import org.springframework.util.Assert;

/**
 * A {@link ConfigurationPropertiesRebinder} that rebinds only the
 * {@code @ConfigurationProperties} beans whose prefix a changed key falls under (or
 * above), instead of every bean for every change. Each is rebound by Spring Cloud, which
 * resets it to its defaults first, so that a deleted key takes its default again.
 * <p>
 * A bean bound through its constructor (a record, say) cannot be bound again: it is left
 * as it is, and a warning says so the first time a change concerns it. An event without
 * keys, or from another source, rebinds every bean as Spring Cloud does.
 */
public class TargetedConfigurationPropertiesRebinder extends ConfigurationPropertiesRebinder {

	private static final Log logger = LogFactory.getLog(TargetedConfigurationPropertiesRebinder.class);

	private final ConfigurationPropertiesIndex index;

	private @Nullable ApplicationContext context;

	private final Set<String> warned = ConcurrentHashMap.newKeySet();

	/**
	 * Create a rebinder.
	 * @param beans the {@code @ConfigurationProperties} beans of the context
	 * @param refreshProperties Spring Cloud's {@code spring.cloud.refresh} settings (the
	 * nested types never reset), or {@code null} for its defaults
	 * @param index which beans read which keys
	 */
	public TargetedConfigurationPropertiesRebinder(ConfigurationPropertiesBeans beans,
			@Nullable RefreshProperties refreshProperties, ConfigurationPropertiesIndex index) {
		super(beans, (refreshProperties != null) ? refreshProperties : new RefreshProperties());
		this.index = index;
	}

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
		super.setApplicationContext(applicationContext);
		this.context = applicationContext;
	}

	@Override
	public void onApplicationEvent(EnvironmentChangeEvent event) {
		if (!context().equals(event.getSource()) || event.getKeys().isEmpty()) {
			super.onApplicationEvent(event);
			return;
		}
		List<ConfigurationPropertyName> changed = ConfigurationPropertiesIndex.adapt(event.getKeys());
		for (String name : this.index.concerning(changed)) {
			ConfigurationPropertyName prefix = Objects.requireNonNull(this.index.prefixOf(name),
					"A bean a change concerns has a prefix");
			if (!this.index.isRebindable(name)) {
				notRebindable(name, prefix);
				continue;
			}
			try {
				rebind(name);
			}
			catch (RuntimeException ex) {
				// a check of the bean's own refuses an accepted value: the other beans
				// are still rebound
				logger.error("Could not rebind @ConfigurationProperties bean '" + name + "' (prefix '" + prefix
						+ "') for keys " + event.getKeys() + ": " + Failures.describe(ex)
						+ " (stack trace at DEBUG for " + TargetedConfigurationPropertiesRebinder.class.getName()
						+ ")");
				logger.debug("Failure to rebind bean '" + name + "'", ex);
			}
		}
	}

	private void notRebindable(String name, ConfigurationPropertyName prefix) {
		if (this.warned.add(name)) {
			logger.warn("@ConfigurationProperties bean '" + name + "' (prefix '" + prefix + "') is bound through its "
					+ "constructor, which Spring Boot does once: it keeps the values it was created with until the "
					+ "application restarts. Give it setters to have it bound again on each change");
		}
		else if (logger.isDebugEnabled()) {
			logger.debug(
					"@ConfigurationProperties bean '" + name + "' is bound through its constructor: not bound again");
		}
	}

	private ApplicationContext context() {
		Assert.state(this.context != null, "No ApplicationContext set");
		return this.context;
	}

}
