package dev.zkconfig.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.cloud.context.properties.ConfigurationPropertiesBeans;
import org.springframework.context.ApplicationContext;

/**
 * Which {@code @ConfigurationProperties} beans read which keys: a bean reads every key
 * at, under or above its prefix.
 */
public final class ConfigurationPropertiesIndex {

	private final ApplicationContext context;

	private final ConfigurationPropertiesBeans beans;

	private final Map<String, ConfigurationPropertyName> prefixes = new ConcurrentHashMap<>();

	/**
	 * Create an index.
	 * @param context the application context
	 * @param beans Spring Cloud's registry of the context's
	 * {@code @ConfigurationProperties} beans
	 */
	public ConfigurationPropertiesIndex(ApplicationContext context, ConfigurationPropertiesBeans beans) {
		this.context = context;
		this.beans = beans;
	}

	/**
	 * Return the names of the beans that read any of the given keys.
	 * @param keys the keys, adapted with {@link #adapt(Collection)}
	 * @return the bean names
	 */
	public List<String> concerning(List<ConfigurationPropertyName> keys) {
		List<String> concerned = new ArrayList<>();
		for (String name : this.beans.getBeanNames()) {
			ConfigurationPropertyName prefix = prefixOf(name);
			if (prefix != null && related(prefix, keys)) {
				concerned.add(name);
			}
		}
		return concerned;
	}

	/**
	 * Return the names of every {@code @ConfigurationProperties} bean Spring Cloud
	 * rebinds.
	 * @return the bean names
	 */
	public Collection<String> getBeanNames() {
		return this.beans.getBeanNames();
	}

	/**
	 * Return a bean's prefix.
	 * @param beanName the bean's name
	 * @return the prefix, or {@code null} if it is not a {@code @ConfigurationProperties}
	 * bean
	 */
	public @Nullable ConfigurationPropertyName prefixOf(String beanName) {
		ConfigurationPropertyName prefix = this.prefixes.get(beanName);
		if (prefix == null && this.context.containsBean(beanName)) {
			ConfigurationPropertiesBean bean = ConfigurationPropertiesBean.get(this.context,
					this.context.getBean(beanName), beanName);
			if (bean != null) {
				prefix = ConfigurationPropertyName.of(bean.getAnnotation().prefix());
				this.prefixes.put(beanName, prefix);
			}
		}
		return prefix;
	}

	/**
	 * Turn property keys into configuration property names.
	 * @param keys the keys
	 * @return the names, in the same order
	 */
	public static List<ConfigurationPropertyName> adapt(Collection<String> keys) {
		List<ConfigurationPropertyName> names = new ArrayList<>(keys.size());
		for (String key : keys) {
			names.add(ConfigurationPropertyName.adapt(key, '.'));
		}
		return names;
	}

	/**
	 * Whether a bean with the given prefix reads any of the keys.
	 * @param prefix the prefix
	 * @param keys the keys
	 * @return {@code true} if a key is at, under or above the prefix
	 */
	public static boolean related(ConfigurationPropertyName prefix, List<ConfigurationPropertyName> keys) {
		for (ConfigurationPropertyName key : keys) {
			if (related(prefix, key)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a bean with the given prefix reads a key.
	 * @param prefix the prefix
	 * @param key the key
	 * @return {@code true} if the key is at, under or above the prefix
	 */
	public static boolean related(ConfigurationPropertyName prefix, ConfigurationPropertyName key) {
		return prefix.equals(key) || prefix.isAncestorOf(key) || key.isAncestorOf(prefix);
	}

}
