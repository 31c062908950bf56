package dev.zkconfig.refresh;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ApplicationContext;

/**
 * Applies changes the Spring Cloud way, without rebuilding the environment: publishes an
 * {@link EnvironmentChangeEvent} with the changed keys (so
 * {@code @ConfigurationProperties} beans rebind), refreshes {@code @RefreshScope} beans,
 * then publishes a {@link ZkConfigChangeEvent} with each key's old and new value.
 */
public class RefreshingChangeApplier implements ChangeApplier {

	private static final Log logger = LogFactory.getLog(RefreshingChangeApplier.class);

	private final ApplicationContext context;

	private final ObjectProvider<RefreshScope> refreshScope;

	/**
	 * Create an applier.
	 * @param context the application context to publish events in
	 * @param refreshScope the refresh scope, if there is one
	 */
	public RefreshingChangeApplier(ApplicationContext context, ObjectProvider<RefreshScope> refreshScope) {
		this.context = context;
		this.refreshScope = refreshScope;
	}

	@Override
	public void apply(ChangeBatch batch) {
		this.context.publishEvent(new EnvironmentChangeEvent(this.context, batch.keys()));
		this.refreshScope.ifAvailable(RefreshScope::refreshAll);
		if (!batch.changes().isEmpty()) {
			logger.info("Applied ZooKeeper configuration changes: " + batch.changes());
			this.context.publishEvent(new ZkConfigChangeEvent(this.context, batch.changes()));
		}
	}

}
