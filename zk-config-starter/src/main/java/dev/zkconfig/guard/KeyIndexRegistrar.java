package dev.zkconfig.guard;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;

/**
 * Puts a {@link KeyIndex} in place before the application's beans are created, so that it
 * sees every {@code @Value} injection.
 */
public class KeyIndexRegistrar implements BeanFactoryPostProcessor, PriorityOrdered {

	private final KeyIndex index;

	/**
	 * Create a registrar.
	 * @param index the index to fill
	 */
	public KeyIndexRegistrar(KeyIndex index) {
		this.index = index;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
		if (beanFactory instanceof DefaultListableBeanFactory factory
				&& !(factory.getAutowireCandidateResolver() instanceof RecordingAutowireCandidateResolver)) {
			factory.setAutowireCandidateResolver(
					new RecordingAutowireCandidateResolver(factory.getAutowireCandidateResolver(), this.index));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
