package dev.zkconfig.apply;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Ties a {@code @RefreshScope} bean to the keys it reads when zk-config cannot tell them:
 * a bean that reads the {@code Environment} itself is otherwise refreshed on every
 * change. On a {@code @Component} class or a {@code @Bean} method.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ZkConfigRefresh {

	/**
	 * Keys whose change refreshes the bean.
	 * @return the keys
	 */
	String[] keys() default {};

	/**
	 * Prefixes: a change of a key at, under or above one refreshes the bean.
	 * @return the prefixes
	 */
	String[] prefixes() default {};

}
