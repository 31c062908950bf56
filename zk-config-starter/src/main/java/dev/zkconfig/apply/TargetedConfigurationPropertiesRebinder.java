package dev.zkconfig.apply;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.zkconfig.guard.ConfigurationPropertiesIndex;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeansException;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.bind.BindMethod;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.context.properties.ConfigurationPropertiesBeans;
import org.springframework.cloud.context.properties.ConfigurationPropertiesRebinder;
import org.springframework.cloud.util.ProxyUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.Assert;

/**
 * A {@link ConfigurationPropertiesRebinder} that rebinds only the
 * {@code @ConfigurationProperties} beans whose prefix a changed key falls under (or
 * above), instead of every bean for every change.
 * <p>
 * Rebinding sets only the properties that exist, so a bean would keep the value of a
 * deleted key; when a key under a bean's prefix is gone from the environment, the bean is
 * bound from a freshly constructed instance whose properties are copied over, as if it
 * were created anew. A bean bound through its constructor (a record, say) cannot be bound
 * again: it is left as it is, and a warning says so the first time a change concerns it.
 * An event without keys, or from another source, rebinds every bean as Spring Cloud does.
 */
public class TargetedConfigurationPropertiesRebinder extends ConfigurationPropertiesRebinder {

	private static final Log logger = LogFactory.getLog(TargetedConfigurationPropertiesRebinder.class);

	private final ConfigurationPropertiesIndex index;

	private @Nullable ApplicationContext context;

	private final Set<String> warned = ConcurrentHashMap.newKeySet();

	/**
	 * Create a rebinder.
	 * @param beans the {@code @ConfigurationProperties} beans of the context
	 * @param index which beans read which keys
	 */
	public TargetedConfigurationPropertiesRebinder(ConfigurationPropertiesBeans beans,
			ConfigurationPropertiesIndex index) {
		super(beans);
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
		List<String> keys = List.copyOf(event.getKeys());
		List<ConfigurationPropertyName> changed = ConfigurationPropertiesIndex.adapt(keys);
		for (String name : this.index.concerning(changed)) {
			ConfigurationPropertyName prefix = Objects.requireNonNull(this.index.prefixOf(name),
					"A bean a change concerns has a prefix");
			if (!this.index.isRebindable(name)) {
				notRebindable(name, prefix);
				continue;
			}
			boolean rebound = rebind(name);
			if (rebound && coversRemovedKey(prefix, keys, changed)) {
				resetRemovedProperties(name, prefix);
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

	/**
	 * Whether a key the prefix concerns is gone; {@code names} are the adapted
	 * {@code keys}.
	 */
	private boolean coversRemovedKey(ConfigurationPropertyName prefix, List<String> keys,
			List<ConfigurationPropertyName> names) {
		Environment environment = context().getEnvironment();
		for (int i = 0; i < keys.size(); i++) {
			if (ConfigurationPropertiesIndex.related(prefix, names.get(i))
					&& !environment.containsProperty(keys.get(i))) {
				return true;
			}
		}
		return false;
	}

	private void resetRemovedProperties(String name, ConfigurationPropertyName prefix) {
		ApplicationContext context = context();
		Object bean = context.getBean(name);
		Object target = AopUtils.isAopProxy(bean) ? ProxyUtils.getTargetObject(bean) : bean;
		ConfigurationPropertiesBean properties = ConfigurationPropertiesBean.get(context, bean, name);
		if (target == null || properties == null || properties.asBindTarget().getBindMethod() != BindMethod.JAVA_BEAN) {
			return;
		}
		try {
			Object fresh = BeanUtils.instantiateClass(target.getClass());
			// like Spring Boot, the prefix itself is no property of the bean
			Binder.get(context.getEnvironment())
				.bind(prefix,
						Bindable.ofInstance(fresh).withBindRestrictions(Bindable.BindRestriction.NO_DIRECT_PROPERTY));
			BeanUtils.copyProperties(fresh, target);
		}
		catch (BeanInstantiationException ex) {
			logger.debug("Cannot reset the removed properties of bean '" + name + "' to their defaults", ex);
		}
	}

	private ApplicationContext context() {
		Assert.state(this.context != null, "No ApplicationContext set");
		return this.context;
	}

}
