package dev.zkconfig.refresh;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.bind.BindMethod;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.cloud.util.ProxyUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.util.StringUtils;

/**
 * Brings {@code @ConfigurationProperties} beans back to their defaults for properties
 * that no longer exist anywhere.
 * <p>
 * Rebinding after an {@code EnvironmentChangeEvent} only sets the properties that exist,
 * so a bean keeps the value of a deleted key. For each JavaBean-bound bean whose prefix
 * covers a deleted key, this binds a freshly constructed instance and copies its
 * properties over, as if the bean had been created anew. Beans listed in
 * {@code spring.cloud.refresh.never-refreshable} are left alone.
 */
class DeletedPropertiesResetter {

	private static final Log logger = LogFactory.getLog(DeletedPropertiesResetter.class);

	private final ApplicationContext context;

	DeletedPropertiesResetter(ApplicationContext context) {
		this.context = context;
	}

	void reset(Collection<String> deletedKeys) {
		if (deletedKeys.isEmpty()) {
			return;
		}
		List<ConfigurationPropertyName> deleted = deletedKeys.stream()
			.map((key) -> ConfigurationPropertyName.adapt(key, '.'))
			.toList();
		Set<String> neverRefreshable = StringUtils.commaDelimitedListToSet(this.context.getEnvironment()
			.getProperty("spring.cloud.refresh.never-refreshable", "com.zaxxer.hikari.HikariDataSource"));
		Binder binder = Binder.get(this.context.getEnvironment());
		ConfigurationPropertiesBean.getAll(this.context).forEach((name, bean) -> {
			ConfigurationPropertyName prefix = ConfigurationPropertyName.of(bean.getAnnotation().prefix());
			if (bean.asBindTarget().getBindMethod() == BindMethod.JAVA_BEAN && !neverRefreshable.contains(name)
					&& deleted.stream().anyMatch((key) -> prefix.equals(key) || prefix.isAncestorOf(key))) {
				resetToDefaults(binder, prefix, name, bean.getInstance(), neverRefreshable);
			}
		});
	}

	private void resetToDefaults(Binder binder, ConfigurationPropertyName prefix, String name, Object instance,
			Set<String> neverRefreshable) {
		Object target = AopUtils.isAopProxy(instance) ? ProxyUtils.getTargetObject(instance) : instance;
		if (target == null || neverRefreshable.contains(target.getClass().getName())) {
			return;
		}
		try {
			Object fresh = BeanUtils.instantiateClass(target.getClass());
			binder.bind(prefix, Bindable.ofInstance(fresh));
			BeanUtils.copyProperties(fresh, target);
		}
		catch (BeanInstantiationException ex) {
			logger.debug("Cannot reset deleted properties of bean '" + name + "' to their defaults", ex);
		}
	}

}
