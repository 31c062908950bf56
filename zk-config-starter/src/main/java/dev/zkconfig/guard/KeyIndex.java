package dev.zkconfig.guard;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.beans.factory.config.PlaceholderConfigurerSupport;
import org.springframework.core.MethodParameter;
import org.springframework.util.Assert;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * Which beans read which keys through {@code @Value}: every expression Spring resolves
 * for an injection point, recorded as it does so, with the placeholders it reads and the
 * type it is converted to. The {@code @ConfigurationProperties} beans come from their
 * prefixes, see {@link ConfigurationPropertiesIndex}.
 */
public final class KeyIndex {

	private static final PropertyPlaceholderHelper PLACEHOLDERS = new PropertyPlaceholderHelper(
			PlaceholderConfigurerSupport.DEFAULT_PLACEHOLDER_PREFIX,
			PlaceholderConfigurerSupport.DEFAULT_PLACEHOLDER_SUFFIX,
			PlaceholderConfigurerSupport.DEFAULT_VALUE_SEPARATOR, null, true);

	private final Map<Object, ValueInjection> injections = new ConcurrentHashMap<>();

	/**
	 * By the configuration property name of each key read, as Spring finds a key in any
	 * of its relaxed forms: {@code ${my-app.name}} reads {@code myApp.name} too.
	 */
	private final Map<ConfigurationPropertyName, Set<ValueInjection>> byKey = new ConcurrentHashMap<>();

	private final Map<String, Set<ValueInjection>> byBean = new ConcurrentHashMap<>();

	/**
	 * Record that Spring resolves an {@code @Value} expression for an injection point.
	 * @param descriptor the injection point
	 * @param expression the expression
	 * @param beanName the bean it is injected into, or {@code null} if unknown
	 */
	void record(DependencyDescriptor descriptor, String expression, @Nullable String beanName) {
		Object point = (descriptor.getField() != null) ? descriptor.getField() : descriptor.getMethodParameter();
		if (point == null) {
			return;
		}
		ValueInjection injection = this.injections.computeIfAbsent(point, (key) -> {
			ValueInjection created = new ValueInjection(describe(descriptor), expression, keysOf(expression),
					descriptor.getTypeDescriptor(), descriptor.getField(), descriptor.getMethodParameter());
			created.getKeys()
				.forEach((read) -> this.byKey.computeIfAbsent(nameOf(read), (k) -> ConcurrentHashMap.newKeySet())
					.add(created));
			return created;
		});
		if (beanName != null) {
			injection.addBeanName(beanName);
			this.byBean.computeIfAbsent(beanName, (name) -> ConcurrentHashMap.newKeySet()).add(injection);
		}
	}

	/**
	 * Return the injection points whose expressions read any of the given keys, in any of
	 * their relaxed forms.
	 * @param keys the keys
	 * @return the injection points
	 */
	public Set<ValueInjection> reading(Collection<String> keys) {
		Set<ValueInjection> reading = new LinkedHashSet<>();
		for (String key : keys) {
			reading.addAll(this.byKey.getOrDefault(nameOf(key), Set.of()));
		}
		return reading;
	}

	private static ConfigurationPropertyName nameOf(String key) {
		return ConfigurationPropertyName.adapt(key, '.');
	}

	/**
	 * Return the injection points of a bean.
	 * @param beanName the bean's name
	 * @return the injection points its values were injected through, a read-only view
	 * that shows those recorded later too
	 */
	public Set<ValueInjection> of(String beanName) {
		return Collections.unmodifiableSet(this.byBean.getOrDefault(beanName, Set.of()));
	}

	/**
	 * Return every injection point recorded.
	 * @return the injection points
	 */
	public List<ValueInjection> getAll() {
		return List.copyOf(this.injections.values());
	}

	/**
	 * The keys a placeholder expression reads, nested defaults included:
	 * {@code ${a:${b}}} reads a and b.
	 */
	static Set<String> keysOf(String expression) {
		Set<String> keys = new LinkedHashSet<>();
		PLACEHOLDERS.replacePlaceholders(expression, (placeholder) -> {
			keys.add(placeholder);
			return null;
		});
		return keys;
	}

	private static String describe(DependencyDescriptor descriptor) {
		Field field = descriptor.getField();
		if (field != null) {
			return "field '" + field.getName() + "' of " + field.getDeclaringClass().getName();
		}
		MethodParameter parameter = descriptor.getMethodParameter();
		Assert.state(parameter != null, "An injection point is a field or a method parameter");
		String name = parameter.getParameterName();
		String which = (name != null) ? "'" + name + "'" : "#" + parameter.getParameterIndex();
		if (parameter.getExecutable() instanceof Constructor<?> constructor) {
			return "constructor parameter " + which + " of " + constructor.getDeclaringClass().getName();
		}
		return "parameter " + which + " of method '" + parameter.getExecutable().getName() + "' of "
				+ parameter.getDeclaringClass().getName();
	}

}
