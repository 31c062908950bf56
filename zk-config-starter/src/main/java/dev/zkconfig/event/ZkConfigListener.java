package dev.zkconfig.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.event.EventListener;

/**
 * Marks a bean method as a listener of the ZooKeeper configuration changes of some keys:
 * it receives a {@link ZkConfigChangeEvent} holding only the changes it asked for, and is
 * not called when a change holds none of them. Listeners run after the beans have been
 * updated, in {@code @Order} order, so that a listener reads the new values from any
 * bean. <pre class="code">
 * &#064;ZkConfigListener(prefixes = "pool")
 * void poolChanged(ZkConfigChangeEvent event) {
 *     event.getChanges().forEach((change) -&gt; log.info("{}", change));
 * }
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EventListener(ZkConfigChangeEvent.class)
public @interface ZkConfigListener {

	/**
	 * Keys whose changes the listener receives (in Spring Boot's relaxed form:
	 * {@code pool.max-size} also matches {@code pool.maxSize}).
	 * @return the keys
	 */
	String[] keys() default {};

	/**
	 * Prefixes: the listener receives the changes of keys at or under one.
	 * @return the prefixes
	 */
	String[] prefixes() default {};

}
