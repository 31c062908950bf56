package dev.zkconfig.refresh;

import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Applies changes the Spring Cloud way, without rebuilding the environment: publishes an
 * {@link EnvironmentChangeEvent} with the changed keys (so
 * {@code @ConfigurationProperties} beans rebind), refreshes {@code @RefreshScope} beans, then publishes a
 * {@link ZkConfigChangeEvent} with each key's old and new value.
 * <p>
 * A step that fails is logged, naming the keys and the property that did not bind but
 * never a value, and the remaining steps still run.
 */
public class RefreshingChangeApplier implements ChangeApplier {

	private static final Log logger = LogFactory.getLog(RefreshingChangeApplier.class);

	private final ApplicationContext context;

	private final Supplier<RefreshScope> refreshScope;

	/**
	 * Create an applier.
	 * @param context the application context to publish events in
	 * @param refreshScope the refresh scope, if there is one
	 */
	public RefreshingChangeApplier(ApplicationContext context, ObjectProvider<RefreshScope> refreshScope) {
		this.context = context;
		this.refreshScope = SingletonSupplier.of(refreshScope::getIfAvailable);
	}

	@Override
	public void apply(ChangeBatch batch) {
		step("rebind @ConfigurationProperties beans", batch,
				() -> this.context.publishEvent(new EnvironmentChangeEvent(this.context, batch.keys())));
		step("refresh @RefreshScope beans", batch, this::refreshScope);
		if (!batch.changes().isEmpty()) {
			if (logger.isInfoEnabled()) {
				logger.info("Applied ZooKeeper configuration changes: " + batch.changes());
			}
			step("publish the change event", batch,
					() -> this.context.publishEvent(new ZkConfigChangeEvent(this.context, batch.changes())));
		}
	}

	private void refreshScope() {
		RefreshScope scope = this.refreshScope.get();
		if (scope != null) {
			scope.refreshAll();
		}
	}

	private void step(String description, ChangeBatch batch, Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			logger.error("Could not " + description + " after ZooKeeper configuration changes to " + batch.keys()
					+ ": " + describe(ex));
		}
	}

	/** Say what failed without quoting values, which conversion messages include. */
	private static String describe(RuntimeException ex) {
		BindException bindException = NestedExceptionUtils.getMostSpecificCause(ex) instanceof BindException found
				? found : findBindException(ex);
		if (bindException != null) {
			String property = (bindException.getProperty() != null) ? "'" + bindException.getProperty().getName() + "'"
					: "under '" + bindException.getName() + "'";
			return "property " + property + " does not bind to " + bindException.getTarget().getType();
		}
		return NestedExceptionUtils.getMostSpecificCause(ex).getClass().getName();
	}

	private static BindException findBindException(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException bindException) {
				return bindException;
			}
		}
		return null;
	}

}
