package dev.zkconfig.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.bind.BindMethod;
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

	/** The beans bound through their constructor, found as their prefixes are. */
	private final Set<String> valueObjects = ConcurrentHashMap.newKeySet();

	private volatile ByFirstElement byFirstElement = new ByFirstElement(0, Map.of(), List.of());

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
		Set<String> names = this.beans.getBeanNames();
		ByFirstElement prefixes = this.byFirstElement;
		if (prefixes.beans() != names.size()) {
			// beans are only ever added
			prefixes = ByFirstElement.of(names, this::prefixOf);
			this.byFirstElement = prefixes;
		}
		Set<String> concerned = new LinkedHashSet<>();
		for (ConfigurationPropertyName key : keys) {
			for (Prefixed prefixed : prefixes.candidates(key)) {
				if (related(prefixed.prefix(), key)) {
					concerned.add(prefixed.beanName());
				}
			}
		}
		return new ArrayList<>(concerned);
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
				if (bean.asBindTarget().getBindMethod() == BindMethod.VALUE_OBJECT) {
					this.valueObjects.add(beanName);
				}
				this.prefixes.put(beanName, prefix);
			}
		}
		return prefix;
	}

	/**
	 * Whether a bean can be bound again: Spring Boot binds a value object (a bean bound
	 * through its constructor, such as a record) once, when it creates it.
	 * @param beanName the bean's name
	 * @return {@code true} if it is a {@code @ConfigurationProperties} bean bound through
	 * its setters
	 */
	public boolean isRebindable(String beanName) {
		return prefixOf(beanName) != null && !this.valueObjects.contains(beanName);
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

	/**
	 * A bean and its prefix.
	 *
	 * @param beanName the bean's name
	 * @param prefix its prefix
	 */
	private record Prefixed(String beanName, ConfigurationPropertyName prefix) {
	}

	/**
	 * The beans' prefixes by their first element, so that a key is compared only with the
	 * prefixes it can be related to: those that start like it, and the empty prefix.
	 *
	 * @param beans how many bean names this was made from
	 * @param byFirst the beans with a non-empty prefix, by its first element in uniform
	 * form
	 * @param empty the beans with the empty prefix
	 */
	private record ByFirstElement(int beans, Map<String, List<Prefixed>> byFirst, List<Prefixed> empty) {

		static ByFirstElement of(Set<String> beanNames,
				Function<String, @Nullable ConfigurationPropertyName> prefixOf) {
			Map<String, List<Prefixed>> byFirst = new HashMap<>();
			List<Prefixed> empty = new ArrayList<>();
			for (String beanName : beanNames) {
				ConfigurationPropertyName prefix = prefixOf.apply(beanName);
				if (prefix == null) {
					continue;
				}
				Prefixed prefixed = new Prefixed(beanName, prefix);
				if (prefix.isEmpty()) {
					empty.add(prefixed);
				}
				else {
					byFirst.computeIfAbsent(first(prefix), (element) -> new ArrayList<>()).add(prefixed);
				}
			}
			return new ByFirstElement(beanNames.size(), byFirst, empty);
		}

		List<Prefixed> candidates(ConfigurationPropertyName key) {
			if (key.isEmpty()) {
				List<Prefixed> all = new ArrayList<>(this.empty);
				this.byFirst.values().forEach(all::addAll);
				return all;
			}
			List<Prefixed> starting = this.byFirst.getOrDefault(first(key), List.of());
			if (this.empty.isEmpty()) {
				return starting;
			}
			List<Prefixed> candidates = new ArrayList<>(this.empty);
			candidates.addAll(starting);
			return candidates;
		}

		/** Names equal in their first element have the same uniform form of it. */
		private static String first(ConfigurationPropertyName name) {
			return name.getElement(0, ConfigurationPropertyName.Form.UNIFORM);
		}

	}

}
