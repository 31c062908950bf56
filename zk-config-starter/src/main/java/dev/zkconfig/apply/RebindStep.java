package dev.zkconfig.apply;

import java.util.Set;

import dev.zkconfig.guard.ConfigurationPropertiesIndex;

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

	private final ConfigurationPropertiesIndex index;

	/**
	 * Create the step.
	 * @param context the application context
	 * @param index which {@code @ConfigurationProperties} beans read which keys
	 */
	public RebindStep(ApplicationContext context, ConfigurationPropertiesIndex index) {
		this.context = context;
		this.index = index;
	}

	@Override
	public void apply(ApplyRound round) {
		Set<String> keys = round.getKeys();
		for (String beanName : this.index.concerning(ConfigurationPropertiesIndex.adapt(keys))) {
			if (this.index.isRebindable(beanName)) {
				round.touched(beanName);
			}
		}
		this.context.publishEvent(new EnvironmentChangeEvent(this.context, keys));
	}

	@Override
	public int getOrder() {
		return REBIND;
	}

}
