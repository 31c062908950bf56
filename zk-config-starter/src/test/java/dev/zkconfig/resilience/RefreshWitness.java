package dev.zkconfig.resilience;

import dev.zkconfig.apply.ChangePipeline;
import dev.zkconfig.resilience.ResilienceTestApp.Changes;
import dev.zkconfig.resilience.ResilienceTestApp.Creations;
import dev.zkconfig.resilience.ResilienceTestApp.Probe;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a refresh would move, taken at one moment: the change events, the pipeline's
 * applied rounds and the refresh scope's creations of the {@link Probe}.
 */
final class RefreshWitness {

	private final ApplicationContext context;

	private final int events;

	private final long rounds;

	private final int creations;

	private RefreshWitness(ApplicationContext context) {
		// the probe is created lazily: create it now, so that a refresh shows as a new
		// creation
		context.getBean(Probe.class).key();
		this.context = context;
		this.events = context.getBean(Changes.class).events().size();
		this.rounds = context.getBean(ChangePipeline.class).getAppliedRounds();
		this.creations = context.getBean(Creations.class).count();
	}

	static RefreshWitness of(ApplicationContext context) {
		return new RefreshWitness(context);
	}

	/** Assert that no change has been applied since this witness was taken. */
	void assertNothingApplied() {
		this.context.getBean(Probe.class).key();
		assertThat(this.context.getBean(Changes.class).events()).as("change events").hasSize(this.events);
		assertThat(this.context.getBean(ChangePipeline.class).getAppliedRounds()).as("applied rounds")
			.isEqualTo(this.rounds);
		assertThat(this.context.getBean(Creations.class).count()).as("creations of the @RefreshScope bean")
			.isEqualTo(this.creations);
	}

}
