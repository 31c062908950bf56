package dev.zkconfig.apply;

import java.util.List;
import java.util.function.Supplier;

import dev.zkconfig.snapshot.ConfigChange;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.core.Ordered;
import org.springframework.util.function.SingletonSupplier;

/**
 * Refreshes the {@code @RefreshScope} beans, so that they are created anew with the new
 * values on their next use.
 */
public class RefreshScopeStep implements ApplyStep, Ordered {

	private final Supplier<RefreshScope> refreshScope;

	/**
	 * Create the step.
	 * @param refreshScope the refresh scope, if the application has one
	 */
	public RefreshScopeStep(ObjectProvider<RefreshScope> refreshScope) {
		this.refreshScope = SingletonSupplier.of(refreshScope::getIfAvailable);
	}

	@Override
	public void apply(List<ConfigChange> changes) {
		RefreshScope scope = this.refreshScope.get();
		if (scope != null) {
			scope.refreshAll();
		}
	}

	@Override
	public int getOrder() {
		return REFRESH_SCOPE;
	}

}
