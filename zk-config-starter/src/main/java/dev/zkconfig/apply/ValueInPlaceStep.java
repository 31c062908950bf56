package dev.zkconfig.apply;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.ValueInjection;
import dev.zkconfig.support.Failures;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.TypeConverter;
import org.springframework.beans.factory.config.BeanExpressionContext;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.util.Assert;
import org.springframework.util.ReflectionUtils;

/**
 * Updates, in place, the {@code @Value} fields and setters of ordinary singletons that
 * read a changed key, with the same resolution and conversion Spring applied when it
 * injected them: no {@code @RefreshScope} needed. A bean gets all of its new values for
 * one change, or none (its values are all resolved and converted before any is set).
 * Constructor and {@code @Bean} method parameters cannot be injected again: such beans
 * need {@code @RefreshScope}.
 */
public class ValueInPlaceStep implements ApplyStep, Ordered {

	/** After the rebinding, before the refresh scope. */
	public static final int ORDER = REBIND + 50;

	private static final Log logger = LogFactory.getLog(ValueInPlaceStep.class);

	private final ConfigurableListableBeanFactory beanFactory;

	private final KeyIndex index;

	private @Nullable TypeConverter typeConverter;

	/**
	 * Create the step.
	 * @param beanFactory the bean factory
	 * @param index the {@code @Value} injections
	 */
	public ValueInPlaceStep(ConfigurableListableBeanFactory beanFactory, KeyIndex index) {
		this.beanFactory = beanFactory;
		this.index = index;
	}

	@Override
	public void apply(ApplyRound round) {
		Map<String, List<ValueInjection>> byBean = new LinkedHashMap<>();
		for (ValueInjection injection : this.index.reading(round.getKeys())) {
			if (injection.getField() != null || injection.getSetter() != null) {
				for (String beanName : injection.getBeanNames()) {
					if (isPlainSingleton(beanName)) {
						byBean.computeIfAbsent(beanName, (name) -> new ArrayList<>()).add(injection);
					}
				}
			}
		}
		byBean.forEach((beanName, injections) -> {
			if (update(beanName, injections)) {
				round.touched(beanName);
			}
		});
	}

	/**
	 * A singleton that is not the proxy of a scoped bean: scoped beans are created anew
	 * instead.
	 */
	private boolean isPlainSingleton(String beanName) {
		return this.beanFactory.containsSingleton(beanName)
				&& !this.beanFactory.containsBeanDefinition(ScopedProxyUtils.getTargetBeanName(beanName))
				&& (!this.beanFactory.containsBeanDefinition(beanName)
						|| this.beanFactory.getBeanDefinition(beanName).isSingleton());
	}

	private boolean update(String beanName, List<ValueInjection> injections) {
		Object singleton = this.beanFactory.getSingleton(beanName);
		if (singleton == null) {
			// destroyed since it was found: the context is closing
			return false;
		}
		Object bean = AopProxyUtils.getSingletonTarget(singleton);
		Object target = (bean != null) ? bean : singleton;
		List<@Nullable Object> values = new ArrayList<>(injections.size());
		try {
			for (ValueInjection injection : injections) {
				values.add(resolve(injection));
			}
		}
		catch (RuntimeException ex) {
			logger.error("Could not update the @Value fields of bean '" + beanName + "' in place: "
					+ Failures.describe(ex) + "; it keeps its values");
			return false;
		}
		for (int i = 0; i < injections.size(); i++) {
			try {
				set(target, injections.get(i), values.get(i));
			}
			catch (RuntimeException ex) {
				// a setter of the bean's own refuses the value: the others still get
				// theirs
				logger.error("Could not update " + injections.get(i).describe() + " in place, it keeps its value: "
						+ Failures.describe(ex) + " (stack trace at DEBUG for " + ValueInPlaceStep.class.getName()
						+ ")");
				logger.debug("Failure of " + injections.get(i).describe(), ex);
			}
		}
		return true;
	}

	private @Nullable Object resolve(ValueInjection injection) {
		String resolved = this.beanFactory.resolveEmbeddedValue(injection.getExpression());
		Object value = resolved;
		if (resolved != null && resolved.contains("#{") && this.beanFactory.getBeanExpressionResolver() != null) {
			value = this.beanFactory.getBeanExpressionResolver()
				.evaluate(resolved, new BeanExpressionContext(this.beanFactory, null));
		}
		return typeConverter().convertIfNecessary(value, injection.getType().getType(), injection.getType());
	}

	private void set(Object target, ValueInjection injection, @Nullable Object value) {
		Field field = injection.getField();
		if (field != null) {
			ReflectionUtils.makeAccessible(field);
			ReflectionUtils.setField(field, target, value);
			return;
		}
		Method setter = injection.getSetter();
		Assert.state(setter != null, "Only fields and setters are updated in place");
		ReflectionUtils.makeAccessible(setter);
		ReflectionUtils.invokeMethod(setter, target, value);
	}

	private TypeConverter typeConverter() {
		if (this.typeConverter == null) {
			this.typeConverter = this.beanFactory.getTypeConverter();
		}
		return this.typeConverter;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
