package dev.zkconfig.apply;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.zkconfig.guard.ConfigurationPropertiesIndex;
import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.ValueInjection;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.util.function.SingletonSupplier;

/**
 * Which {@code @RefreshScope} beans a change concerns: those whose {@code @Value}s read a
 * changed key, those whose annotations read it through a placeholder
 * ({@code @Scheduled(cron = "${job.cron}")}), those that are or depend on a
 * {@code @ConfigurationProperties} bean whose prefix covers it, those tied to it with
 * {@link ZkConfigRefresh}, and those whose keys cannot be told (they read the
 * {@code Environment} themselves), which every change concerns. A bean built with one of
 * them injected is concerned too, after it: it may have taken values from the instance
 * that goes. Each is found from the changed keys, without going through every bean.
 */
final class RefreshTargets {

	private static final String ENVIRONMENT = "environment";

	private final ConfigurableListableBeanFactory beanFactory;

	private final ConfigurationPropertiesIndex properties;

	private final Supplier<RefreshScopedBeans> beans;

	private final KeyIndex values;

	RefreshTargets(ConfigurableListableBeanFactory beanFactory, KeyIndex values,
			ConfigurationPropertiesIndex properties) {
		this.beanFactory = beanFactory;
		this.properties = properties;
		this.beans = SingletonSupplier.of(() -> RefreshScopedBeans.of(beanFactory));
		this.values = values;
	}

	/**
	 * Return the names of every bean in the refresh scope.
	 * @return the names, without the scoped target prefix
	 */
	List<String> all() {
		return this.beans.get().names();
	}

	/**
	 * Return the {@code @RefreshScope} beans the changed keys concern.
	 * @param keys the changed keys
	 * @return the bean names, without the scoped target prefix, in definition order
	 */
	Collection<String> concerning(Collection<String> keys) {
		RefreshScopedBeans beans = this.beans.get();
		List<ConfigurationPropertyName> names = ConfigurationPropertiesIndex.adapt(keys);
		Set<String> concerned = new HashSet<>();
		for (ValueInjection injection : this.values.reading(keys)) {
			// recorded under their names without the scoped target prefix
			for (String beanName : injection.getBeanNames()) {
				if (beans.contains(beanName)) {
					concerned.add(beanName);
				}
			}
		}
		for (String propertiesBean : this.properties.concerning(names)) {
			addDependents(beans, propertiesBean, concerned);
		}
		beans.ownPrefixes().forEach((beanName, prefix) -> {
			if (ConfigurationPropertiesIndex.related(prefix, names)) {
				concerned.add(beanName);
			}
		});
		beans.annotationKeys().forEach((beanName, read) -> {
			if (!Collections.disjoint(read, names)) {
				concerned.add(beanName);
			}
		});
		addDependents(beans, ENVIRONMENT, concerned);
		concerned.addAll(beans.environmentAware());
		Map<String, RefreshScopedBeans.Tied> tied = beans.tied();
		if (!tied.isEmpty()) {
			// a tied bean is refreshed for what it is tied to only
			concerned.removeAll(tied.keySet());
			tied.forEach((beanName, to) -> {
				if (to.concerns(names)) {
					concerned.add(beanName);
				}
			});
		}
		addBuiltFrom(beans, concerned);
		return dependenciesFirst(beans, concerned);
	}

	/** Add, transitively, the beans that were built with a concerned one injected. */
	private void addBuiltFrom(RefreshScopedBeans beans, Set<String> concerned) {
		Deque<String> pending = new ArrayDeque<>(concerned);
		while (!pending.isEmpty()) {
			String name = pending.pop();
			Set<String> dependents = new HashSet<>();
			addDependents(beans, name, dependents);
			addDependents(beans, beans.instanceName(name), dependents);
			for (String dependent : dependents) {
				if (concerned.add(dependent)) {
					pending.push(dependent);
				}
			}
		}
	}

	/**
	 * Order beans by definition, except that a bean comes after those it was built with.
	 */
	private List<String> dependenciesFirst(RefreshScopedBeans beans, Set<String> concerned) {
		List<String> ordered = new ArrayList<>(concerned.size());
		Set<String> visited = new HashSet<>();
		for (String name : beans.inOrder(concerned)) {
			visit(beans, name, concerned, visited, ordered);
		}
		return ordered;
	}

	private void visit(RefreshScopedBeans beans, String name, Set<String> concerned, Set<String> visited,
			List<String> ordered) {
		if (!visited.add(name)) {
			return;
		}
		for (String dependency : this.beanFactory.getDependenciesForBean(beans.instanceName(name))) {
			String refreshScoped = concerned.contains(dependency) ? dependency : beans.byInstanceName(dependency);
			if (refreshScoped != null && concerned.contains(refreshScoped)) {
				visit(beans, refreshScoped, concerned, visited, ordered);
			}
		}
		ordered.add(name);
	}

	/** Add the {@code @RefreshScope} beans that depend on a bean. */
	private void addDependents(RefreshScopedBeans beans, String beanName, Set<String> concerned) {
		for (String dependent : this.beanFactory.getDependentBeans(beanName)) {
			String refreshScoped = beans.byInstanceName(dependent);
			if (refreshScoped != null) {
				concerned.add(refreshScoped);
			}
		}
	}

}
