package dev.zkconfig.guard;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;

/**
 * A place where Spring injects an {@code @Value} expression: a field, a setter, or a
 * constructor or {@code @Bean} method parameter, with the keys its placeholders read and
 * the type the value is converted to.
 */
public final class ValueInjection {

	private final String member;

	private final String expression;

	private final Set<String> keys;

	private final TypeDescriptor type;

	private final @Nullable Field field;

	private final @Nullable MethodParameter parameter;

	private final Set<String> beanNames = new CopyOnWriteArraySet<>();

	ValueInjection(String member, String expression, Set<String> keys, TypeDescriptor type, @Nullable Field field,
			@Nullable MethodParameter parameter) {
		this.member = member;
		this.expression = expression;
		this.keys = Set.copyOf(keys);
		this.type = withoutValueAnnotation(type);
		this.field = field;
		this.parameter = parameter;
	}

	/**
	 * Return the field the value is injected into.
	 * @return the field, or {@code null} for a method or constructor parameter
	 */
	public @Nullable Field getField() {
		return this.field;
	}

	/**
	 * Return the setter the value is injected through: a method, not a constructor, whose
	 * only parameter it is, so that calling it again updates the bean.
	 * @return the setter, or {@code null} if the value is injected otherwise
	 */
	public @Nullable Method getSetter() {
		if (this.parameter != null && this.parameter.getMethod() != null
				&& this.parameter.getMethod().getParameterCount() == 1
				&& !Modifier.isStatic(this.parameter.getMethod().getModifiers())) {
			return this.parameter.getMethod();
		}
		return null;
	}

	/**
	 * Describe where the value is injected, for example
	 * {@code field 'repeat' of com.example.Greeting}.
	 * @return the description
	 */
	public String getMember() {
		return this.member;
	}

	/**
	 * Return the {@code @Value} expression, for example {@code ${greeting.repeat:1}}.
	 * @return the expression
	 */
	public String getExpression() {
		return this.expression;
	}

	/**
	 * Return the keys the expression's placeholders read, defaults included.
	 * @return the keys
	 */
	public Set<String> getKeys() {
		return this.keys;
	}

	/**
	 * Return the type the value is converted to, with the annotations of the injection
	 * point except {@code @Value} itself, which no converter reads: without it, the
	 * conversion service finds its cached converter without comparing this {@code @Value}
	 * with every other one of the same type.
	 * @return the type
	 */
	public TypeDescriptor getType() {
		return this.type;
	}

	/**
	 * Return the beans the value was injected into.
	 * @return the bean names
	 */
	public Set<String> getBeanNames() {
		return Set.copyOf(this.beanNames);
	}

	void addBeanName(String beanName) {
		this.beanNames.add(beanName);
	}

	/**
	 * Describe the injection point with its beans, for example
	 * {@code field 'repeat' of com.example.Greeting (bean 'greeting')}.
	 * @return the description
	 */
	public String describe() {
		return this.beanNames.isEmpty() ? this.member : this.member + " (bean"
				+ ((this.beanNames.size() > 1) ? "s " : " ") + "'" + String.join("', '", this.beanNames) + "')";
	}

	private static TypeDescriptor withoutValueAnnotation(TypeDescriptor type) {
		Annotation[] annotations = type.getAnnotations();
		Annotation[] kept = new Annotation[annotations.length];
		int count = 0;
		for (Annotation annotation : annotations) {
			if (annotation.annotationType() != Value.class) {
				kept[count++] = annotation;
			}
		}
		if (count == annotations.length) {
			return type;
		}
		return new TypeDescriptor(type.getResolvableType(), type.getType(), Arrays.copyOf(kept, count));
	}

	@Override
	public String toString() {
		return describe() + " = @Value(\"" + this.expression + "\")";
	}

}
