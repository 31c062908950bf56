package dev.zkconfig.apply;

import dev.zkconfig.event.ZkConfigChangeEvent;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;

/**
 * Publishes a {@link ZkConfigChangeEvent} with each changed key's old and new value, once
 * the beans have been updated.
 */
public class PublishChangeEventStep implements ApplyStep, Ordered {

	private final ApplicationContext context;

	/**
	 * Create the step.
	 * @param context the application context
	 */
	public PublishChangeEventStep(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void apply(ApplyRound round) {
		this.context.publishEvent(new ZkConfigChangeEvent(this.context, round.getChanges()));
	}

	@Override
	public int getOrder() {
		return PUBLISH;
	}

}
