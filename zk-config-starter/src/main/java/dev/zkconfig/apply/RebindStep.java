package dev.zkconfig.apply;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.zkconfig.snapshot.ConfigChange;

import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;

/**
 * Publishes Spring Cloud's {@link EnvironmentChangeEvent} with exactly the changed keys,
 * so that the {@code @ConfigurationProperties} beans and log levels they concern are
 * rebound.
 */
public class RebindStep implements ApplyStep, Ordered {

	private final ApplicationContext context;

	/**
	 * Create the step.
	 * @param context the application context
	 */
	public RebindStep(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void apply(List<ConfigChange> changes) {
		Set<String> keys = new LinkedHashSet<>();
		changes.forEach((change) -> keys.add(change.key()));
		this.context.publishEvent(new EnvironmentChangeEvent(this.context, keys));
	}

	@Override
	public int getOrder() {
		return REBIND;
	}

}
