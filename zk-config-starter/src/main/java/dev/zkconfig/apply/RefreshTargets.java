package dev.zkconfig.apply;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.zkconfig.guard.ConfigurationPropertiesIndex;
import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.ValueInjection;

import org.jspecify.annotations.Nullable;

import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.EnvironmentAware;
import org.springframework.util.function.SingletonSupplier;

/**
 * Which {@code @RefreshScope} beans a change concerns: those whose {@code @Value}s read a
 * changed key, those that are or depend on a {@code @ConfigurationProperties} bean whose
 * prefix covers it, those tied to it with {@link ZkConfigRefresh}, and those whose keys
 * cannot be told (they read the {@code Environment} themselves), which every change
 * concerns.
 */
final class RefreshTargets {

	private static final String ENVIRONMENT = "environment";

	private final ConfigurableListableBeanFactory beanFactory;

	private final KeyIndex values;

	private final ConfigurationPropertiesIndex properties;

	private final Supplier<List<String>> beanNames;

	/**
	 * What the bean definitions say, looked up once per bean rather than once per bean
	 * and change.
	 */
	private final Map<String, Declared> declared = new ConcurrentHashMap<>();

	RefreshTargets(ConfigurableListableBeanFactory beanFactory, KeyIndex values,
			ConfigurationPropertiesIndex properties) {
		this.beanFactory = beanFactory;
		this.values = values;
		this.properties = properties;
		this.beanNames = SingletonSupplier.of(this::refreshScopedBeans);
	}

	/**
	 * Return the names of every bean in the refresh scope.
	 * @return the names, without the scoped target prefix
	 */
	List<String> all() {
		return this.beanNames.get();
	}

	/**
	 * Return the {@code @RefreshScope} beans the changed keys concern.
	 * @param keys the changed keys
	 * @return the bean names, without the scoped target prefix
	 */
	Set<String> concerning(Collection<String> keys) {
		List<ConfigurationPropertyName> names = ConfigurationPropertiesIndex.adapt(keys);
		Set<String> concerned = new LinkedHashSet<>();
		for (String beanName : all()) {
			if (reads(beanName, keys, names)) {
				concerned.add(beanName);
			}
		}
		return concerned;
	}

	private boolean reads(String beanName, Collection<String> keys, List<ConfigurationPropertyName> names) {
		String target = ScopedProxyUtils.getTargetBeanName(beanName);
		Declared declared = this.declared.computeIfAbsent(target, this::declared);
		ZkConfigRefresh tied = declared.tied();
		if (tied != null) {
			return matches(List.of(tied.keys()), List.of(tied.prefixes()), names);
		}
		Set<String> readKeys = new LinkedHashSet<>();
		for (ValueInjection injection : this.values.of(beanName)) {
			readKeys.addAll(injection.getKeys());
		}
		List<String> prefixes = new ArrayList<>();
		if (declared.ownPrefix() != null) {
			prefixes.add(declared.ownPrefix());
		}
		for (String dependency : this.beanFactory.getDependenciesForBean(target)) {
			if (ENVIRONMENT.equals(dependency)) {
				return true;
			}
			if (this.properties.getBeanNames().contains(dependency)) {
				ConfigurationPropertyName prefix = this.properties.prefixOf(dependency);
				if (prefix != null) {
					prefixes.add(prefix.toString());
				}
			}
		}
		if (declared.environmentAware()) {
			return true;
		}
		return keys.stream().anyMatch(readKeys::contains) || matches(List.copyOf(readKeys), prefixes, names);
	}

	private static boolean matches(List<String> keys, List<String> prefixes, List<ConfigurationPropertyName> names) {
		for (ConfigurationPropertyName name : names) {
			for (String key : keys) {
				if (ConfigurationPropertyName.adapt(key, '.').equals(name)) {
					return true;
				}
			}
			for (String prefix : prefixes) {
				if (ConfigurationPropertiesIndex.related(ConfigurationPropertyName.adapt(prefix, '.'), name)) {
					return true;
				}
			}
		}
		return false;
	}

	private Declared declared(String target) {
		ZkConfigRefresh tied = this.beanFactory.findAnnotationOnBean(target, ZkConfigRefresh.class);
		ConfigurationProperties own = this.beanFactory.findAnnotationOnBean(target, ConfigurationProperties.class);
		String ownPrefix = (own != null) ? (own.prefix().isEmpty() ? own.value() : own.prefix()) : null;
		Class<?> type = this.beanFactory.getType(target);
		return new Declared(tied, ownPrefix, type != null && EnvironmentAware.class.isAssignableFrom(type));
	}

	private List<String> refreshScopedBeans() {
		List<String> names = new ArrayList<>();
		for (String name : this.beanFactory.getBeanDefinitionNames()) {
			if ("refresh".equals(this.beanFactory.getBeanDefinition(name).getScope())) {
				names.add(ScopedProxyUtils.isScopedTarget(name) ? ScopedProxyUtils.getOriginalBeanName(name) : name);
			}
		}
		return List.copyOf(names);
	}

	/**
	 * What a bean's definition says about the keys it reads.
	 *
	 * @param tied its {@link ZkConfigRefresh}, if any
	 * @param ownPrefix the prefix of its own {@code @ConfigurationProperties}, if any
	 * @param environmentAware whether it is given the {@code Environment} to read itself
	 */
	private record Declared(@Nullable ZkConfigRefresh tied, @Nullable String ownPrefix, boolean environmentAware) {
	}

}
