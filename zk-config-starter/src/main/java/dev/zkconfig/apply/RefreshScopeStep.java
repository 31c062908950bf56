package dev.zkconfig.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.core.Ordered;
import org.springframework.util.function.SingletonSupplier;

/**
 * Refreshes the {@code @RefreshScope} beans, so that they are created anew with the new
 * values on their next use.
 */
public class RefreshScopeStep implements ApplyStep, Ordered {

	private final Supplier<RefreshScope> refreshScope;

	private final Supplier<List<String>> beanNames;

	/**
	 * Create the step.
	 * @param refreshScope the refresh scope, if the application has one
	 * @param beanFactory the bean factory, to tell which beans are in the refresh scope
	 */
	public RefreshScopeStep(ObjectProvider<RefreshScope> refreshScope, ConfigurableListableBeanFactory beanFactory) {
		this.refreshScope = SingletonSupplier.of(refreshScope::getIfAvailable);
		this.beanNames = SingletonSupplier.of(() -> refreshScopedBeans(beanFactory));
	}

	private static List<String> refreshScopedBeans(ConfigurableListableBeanFactory beanFactory) {
		List<String> names = new ArrayList<>();
		for (String name : beanFactory.getBeanDefinitionNames()) {
			if ("refresh".equals(beanFactory.getBeanDefinition(name).getScope())) {
				names.add(ScopedProxyUtils.isScopedTarget(name) ? ScopedProxyUtils.getOriginalBeanName(name) : name);
			}
		}
		return List.copyOf(names);
	}

	@Override
	public void apply(ApplyRound round) {
		RefreshScope scope = this.refreshScope.get();
		if (scope != null) {
			scope.refreshAll();
			this.beanNames.get().forEach(round::touched);
		}
	}

	@Override
	public int getOrder() {
		return REFRESH_SCOPE;
	}

}
