package dev.zkconfig.guard;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.AutowireCandidateResolver;
import org.springframework.aop.scope.ScopedProxyUtils;

/**
 * Wraps the bean factory's {@link AutowireCandidateResolver}, which hands Spring every
 * {@code @Value} expression it injects, and records each in a {@link KeyIndex}.
 * Everything else is left to the wrapped resolver.
 */
final class RecordingAutowireCandidateResolver implements AutowireCandidateResolver, BeanFactoryAware {

	/**
	 * The bean Spring resolves a dependency for: it asks for a lazy proxy first, on the
	 * same thread.
	 */
	private static final ThreadLocal<Requesting> requesting = new ThreadLocal<>();

	private final AutowireCandidateResolver delegate;

	private final KeyIndex index;

	RecordingAutowireCandidateResolver(AutowireCandidateResolver delegate, KeyIndex index) {
		this.delegate = delegate;
		this.index = index;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		if (this.delegate instanceof BeanFactoryAware aware) {
			aware.setBeanFactory(beanFactory);
		}
	}

	@Override
	public @Nullable Object getSuggestedValue(DependencyDescriptor descriptor) {
		Object value = this.delegate.getSuggestedValue(descriptor);
		if (value instanceof String expression) {
			Requesting current = requesting.get();
			String beanName = (current != null && current.descriptor() == descriptor) ? current.beanName() : null;
			this.index.record(descriptor, expression, (beanName != null && ScopedProxyUtils.isScopedTarget(beanName))
					? ScopedProxyUtils.getOriginalBeanName(beanName) : beanName);
		}
		return value;
	}

	@Override
	public @Nullable Object getLazyResolutionProxyIfNecessary(DependencyDescriptor descriptor,
			@Nullable String beanName) {
		requesting.set(new Requesting(descriptor, beanName));
		return this.delegate.getLazyResolutionProxyIfNecessary(descriptor, beanName);
	}

	@Override
	public boolean isAutowireCandidate(BeanDefinitionHolder holder, DependencyDescriptor descriptor) {
		return this.delegate.isAutowireCandidate(holder, descriptor);
	}

	@Override
	public boolean isRequired(DependencyDescriptor descriptor) {
		return this.delegate.isRequired(descriptor);
	}

	@Override
	public boolean hasQualifier(DependencyDescriptor descriptor) {
		return this.delegate.hasQualifier(descriptor);
	}

	@Override
	public @Nullable String getSuggestedName(DependencyDescriptor descriptor) {
		return this.delegate.getSuggestedName(descriptor);
	}

	@Override
	public @Nullable Class<?> getLazyResolutionProxyClass(DependencyDescriptor descriptor, @Nullable String beanName) {
		return this.delegate.getLazyResolutionProxyClass(descriptor, beanName);
	}

	@Override
	public AutowireCandidateResolver cloneIfNecessary() {
		return new RecordingAutowireCandidateResolver(this.delegate.cloneIfNecessary(), this.index);
	}

	private record Requesting(DependencyDescriptor descriptor, @Nullable String beanName) {
	}

}
