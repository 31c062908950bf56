package dev.zkconfig.guard;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

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

	private final Set<String> beanNames = new CopyOnWriteArraySet<>();

	ValueInjection(String member, String expression, Set<String> keys, TypeDescriptor type) {
		this.member = member;
		this.expression = expression;
		this.keys = Set.copyOf(keys);
		this.type = type;
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
	 * Return the type the value is converted to.
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
		return this.beanNames.isEmpty() ? this.member
				: this.member + " (bean" + ((this.beanNames.size() > 1) ? "s " : " ") + "'"
						+ String.join("', '", this.beanNames) + "')";
	}

	@Override
	public String toString() {
		return describe() + " = @Value(\"" + this.expression + "\")";
	}

}
