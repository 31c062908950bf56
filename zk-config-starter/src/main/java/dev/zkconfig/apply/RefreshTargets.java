package dev.zkconfig.apply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
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

	/** The keys the beans' {@code @Value}s read, as configuration property names. */
	private final Map<String, ConfigurationPropertyName> adaptedKeys = new ConcurrentHashMap<>();

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
		Set<ConfigurationPropertyName> changedNames = new HashSet<>(names);
		Collection<String> propertiesBeans = this.properties.getBeanNames();
		Set<String> concerned = new LinkedHashSet<>();
		for (String beanName : all()) {
			if (reads(beanName, keys, names, changedNames, propertiesBeans)) {
				concerned.add(beanName);
			}
		}
		return concerned;
	}

	private boolean reads(String beanName, Collection<String> keys, List<ConfigurationPropertyName> names,
			Set<ConfigurationPropertyName> changedNames, Collection<String> propertiesBeans) {
		String target = ScopedProxyUtils.getTargetBeanName(beanName);
		Declared declared = this.declared.computeIfAbsent(target, this::declared);
		if (declared.tied() != null) {
			return declared.tied().concerns(names);
		}
		String[] dependencies = this.beanFactory.getDependenciesForBean(target);
		if (declared.environmentAware() || Arrays.asList(dependencies).contains(ENVIRONMENT)) {
			return true;
		}
		for (ValueInjection injection : this.values.of(beanName)) {
			for (String key : injection.getKeys()) {
				if (keys.contains(key) || changedNames.contains(adapted(key))) {
					return true;
				}
			}
		}
		if (declared.ownPrefix() != null && ConfigurationPropertiesIndex.related(declared.ownPrefix(), names)) {
			return true;
		}
		for (String dependency : dependencies) {
			if (propertiesBeans.contains(dependency)) {
				ConfigurationPropertyName prefix = this.properties.prefixOf(dependency);
				if (prefix != null && ConfigurationPropertiesIndex.related(prefix, names)) {
					return true;
				}
			}
		}
		return false;
	}

	private ConfigurationPropertyName adapted(String key) {
		return this.adaptedKeys.computeIfAbsent(key, (read) -> ConfigurationPropertyName.adapt(read, '.'));
	}

	private Declared declared(String target) {
		ZkConfigRefresh refresh = this.beanFactory.findAnnotationOnBean(target, ZkConfigRefresh.class);
		Tied tied = (refresh != null) ? new Tied(ConfigurationPropertiesIndex.adapt(List.of(refresh.keys())),
				ConfigurationPropertiesIndex.adapt(List.of(refresh.prefixes()))) : null;
		ConfigurationProperties own = this.beanFactory.findAnnotationOnBean(target, ConfigurationProperties.class);
		String ownPrefix = (own != null) ? (own.prefix().isEmpty() ? own.value() : own.prefix()) : null;
		Class<?> type = this.beanFactory.getType(target);
		return new Declared(tied, (ownPrefix != null) ? ConfigurationPropertyName.adapt(ownPrefix, '.') : null,
				type != null && EnvironmentAware.class.isAssignableFrom(type));
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
	 * @param tied the keys and prefixes of its {@link ZkConfigRefresh}, if any
	 * @param ownPrefix the prefix of its own {@code @ConfigurationProperties}, if any
	 * @param environmentAware whether it is given the {@code Environment} to read itself
	 */
	private record Declared(@Nullable Tied tied, @Nullable ConfigurationPropertyName ownPrefix,
			boolean environmentAware) {
	}

	/**
	 * The keys and prefixes a bean is tied to with {@link ZkConfigRefresh}.
	 *
	 * @param keys the keys
	 * @param prefixes the prefixes
	 */
	private record Tied(List<ConfigurationPropertyName> keys, List<ConfigurationPropertyName> prefixes) {

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
