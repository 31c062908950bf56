package dev.zkconfig.apply;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.zkconfig.guard.ConfigurationPropertiesIndex;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.EnvironmentAware;

/**
 * The {@code @RefreshScope} beans of a bean factory and what their definitions say about
 * the keys they read, looked up once: the bean definitions do not change once the context
 * runs.
 */
final class RefreshScopedBeans {

	private final List<String> names;

	private final Set<String> nameSet;

	/** Each bean by the name it is created under, its scoped target if proxied. */
	private final Map<String, String> byInstanceName = new HashMap<>();

	private final Map<String, String> instanceNames = new HashMap<>();

	private final List<String> environmentAware = new ArrayList<>();

	private final Map<String, ConfigurationPropertyName> ownPrefixes = new HashMap<>();

	private final Map<String, Tied> tied = new HashMap<>();

	private final Map<String, List<ConfigurationPropertyName>> annotationKeys = new HashMap<>();

	private RefreshScopedBeans(List<String> names) {
		this.names = List.copyOf(names);
		this.nameSet = Set.copyOf(names);
	}

	/**
	 * Describe the {@code @RefreshScope} beans of a bean factory.
	 * @param beanFactory the bean factory
	 * @return the beans
	 */
	static RefreshScopedBeans of(ConfigurableListableBeanFactory beanFactory) {
		List<String> names = new ArrayList<>();
		for (String name : beanFactory.getBeanDefinitionNames()) {
			if ("refresh".equals(beanFactory.getBeanDefinition(name).getScope())) {
				names.add(ScopedProxyUtils.isScopedTarget(name) ? ScopedProxyUtils.getOriginalBeanName(name) : name);
			}
		}
		RefreshScopedBeans beans = new RefreshScopedBeans(names);
		for (String name : beans.names) {
			beans.describe(beanFactory, name);
		}
		return beans;
	}

	private void describe(ConfigurableListableBeanFactory beanFactory, String name) {
		String proxied = ScopedProxyUtils.getTargetBeanName(name);
		String instance = beanFactory.containsBeanDefinition(proxied) ? proxied : name;
		this.byInstanceName.put(instance, name);
		this.instanceNames.put(name, instance);
		ZkConfigRefresh refresh = beanFactory.findAnnotationOnBean(instance, ZkConfigRefresh.class);
		if (refresh != null) {
			this.tied.put(name, new Tied(ConfigurationPropertiesIndex.adapt(List.of(refresh.keys())),
					ConfigurationPropertiesIndex.adapt(List.of(refresh.prefixes()))));
		}
		ConfigurationProperties own = beanFactory.findAnnotationOnBean(instance, ConfigurationProperties.class);
		if (own != null) {
			String prefix = own.prefix().isEmpty() ? own.value() : own.prefix();
			this.ownPrefixes.put(name, ConfigurationPropertyName.adapt(prefix, '.'));
		}
		Class<?> type = beanFactory.getType(instance);
		if (type != null && EnvironmentAware.class.isAssignableFrom(type)) {
			this.environmentAware.add(name);
		}
		List<ConfigurationPropertyName> read = (type != null) ? AnnotationPlaceholders.of(type) : List.of();
		if (!read.isEmpty()) {
			this.annotationKeys.put(name, read);
		}
	}

	/**
	 * Return every bean's name.
	 * @return the names, without the scoped target prefix, in definition order
	 */
	List<String> names() {
		return this.names;
	}

	/**
	 * Whether a bean is in the refresh scope.
	 * @param name the bean's name, without the scoped target prefix
	 * @return {@code true} if it is a {@code @RefreshScope} bean
	 */
	boolean contains(String name) {
		return this.nameSet.contains(name);
	}

	/**
	 * Return the bean created under a name.
	 * @param instanceName the name its instances are created under, its scoped target if
	 * proxied
	 * @return the bean's name, or {@code null} if no {@code @RefreshScope} bean is
	 * created under that name
	 */
	@Nullable String byInstanceName(String instanceName) {
		return this.byInstanceName.get(instanceName);
	}

	/**
	 * Return the name a bean's instances are created under.
	 * @param name the bean's name
	 * @return its scoped target's name if proxied, else its own
	 */
	String instanceName(String name) {
		return this.instanceNames.getOrDefault(name, name);
	}

	/**
	 * Return the beans given the {@code Environment} as {@link EnvironmentAware}.
	 * @return their names
	 */
	List<String> environmentAware() {
		return this.environmentAware;
	}

	/**
	 * Return the prefixes of the beans that are {@code @ConfigurationProperties}
	 * themselves.
	 * @return each such bean's prefix by its name
	 */
	Map<String, ConfigurationPropertyName> ownPrefixes() {
		return this.ownPrefixes;
	}

	/**
	 * Return the keys that the placeholders of each bean's annotations read
	 * ({@code @Scheduled(cron = "${job.cron}")}).
	 * @return the keys of each bean with such placeholders, by its name
	 */
	Map<String, List<ConfigurationPropertyName>> annotationKeys() {
		return this.annotationKeys;
	}

	/**
	 * Return the beans tied to keys and prefixes with {@link ZkConfigRefresh}.
	 * @return what each such bean is tied to, by its name
	 */
	Map<String, Tied> tied() {
		return this.tied;
	}

	/**
	 * Return some of the beans in definition order.
	 * @param names their names
	 * @return the names, ordered
	 */
	Collection<String> inOrder(Set<String> names) {
		if (names.size() < 2) {
			return names;
		}
		List<String> ordered = new ArrayList<>(names.size());
		for (String name : this.names) {
			if (names.contains(name)) {
				ordered.add(name);
			}
		}
		return ordered;
	}

	/**
	 * The keys and prefixes a bean is tied to with {@link ZkConfigRefresh}.
	 *
	 * @param keys the keys
	 * @param prefixes the prefixes
	 */
	record Tied(List<ConfigurationPropertyName> keys, List<ConfigurationPropertyName> prefixes) {

		boolean concerns(List<ConfigurationPropertyName> names) {
			for (ConfigurationPropertyName name : names) {
				if (this.keys.contains(name)) {
					return true;
				}
				for (ConfigurationPropertyName prefix : this.prefixes) {
					if (ConfigurationPropertiesIndex.related(prefix, name)) {
						return true;
					}
				}
			}
			return false;
		}

	}

}
