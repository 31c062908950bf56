package dev.zkconfig.event;

import java.lang.reflect.Method;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.EventListenerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Creates the application listeners of {@link ZkConfigListener} methods, ahead of
 * Spring's default factory.
 */
public class ZkConfigListenerFactory implements EventListenerFactory, Ordered {

	@Override
	public boolean supportsMethod(Method method) {
		return AnnotatedElementUtils.hasAnnotation(method, ZkConfigListener.class);
	}

	@Override
	public ApplicationListener<?> createApplicationListener(String beanName, Class<?> type, Method method) {
		return new ZkConfigListenerMethodAdapter(beanName, type, method);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

}
