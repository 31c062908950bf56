package dev.zkconfig.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The benchmark's scenarios.
 */
public enum Scenario {

	/** See {@link PropagationScenario}. */
	PROPAGATION(PropagationScenario::run, PropagationScenario::pool),

	/** See {@link StartupRefreshScenario}. */
	STARTUP_REFRESHES(StartupRefreshScenario::run, Scenario::single),

	/** See {@link BurstScenario}. */
	BURST(BurstScenario::run, Scenario::single),

	/** See {@link StartupLoadScenario}. */
	STARTUP_LOAD(StartupLoadScenario::run, Scenario::single),

	/** See {@link MemoryScenario}. */
	MEMORY(MemoryScenario::run, Scenario::single),

	/** See {@link FanOutScenario}: against a standalone server. */
	FAN_OUT(FanOutScenario::run, Scenario::single),

	/** See {@link FanOutScenario}: against an ensemble of three servers. */
	FAN_OUT_ENSEMBLE(FanOutScenario::run, Scenario::single),

	/** See {@link ManyContextsScenario}. */
	MANY_CONTEXTS(ManyContextsScenario::run, Scenario::single),

	/** See {@link TargetedRefreshScenario}. */
	TARGETED_REFRESH(TargetedRefreshScenario::run, TargetedRefreshSamples::pool);

	private final Runner runner;

	private final Function<List<Result>, Result> combiner;

	Scenario(Runner runner, Function<List<Result>, Result> combiner) {
		this.runner = runner;
		this.combiner = combiner;
	}

	Result run(Contender contender, Params params) throws Exception {
		return this.runner.run(contender, params);
	}

	/** Combine the results of the forks of one contender into one. */
	Result combine(List<Result> forks) {
		return this.combiner.apply(forks);
	}

	private static Result single(List<Result> forks) {
		if (forks.size() != 1) {
			throw new IllegalStateException("This scenario runs in one JVM per contender, not " + forks.size());
		}
		return forks.get(0);
	}

	String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static Scenario of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

	@FunctionalInterface
	private interface Runner {

		Result run(Contender contender, Params params) throws Exception;

	}

}
