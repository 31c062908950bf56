package dev.zkconfig.bench;

import java.util.Locale;

/**
 * The benchmark's scenarios.
 */
public enum Scenario {

	/** See {@link PropagationScenario}. */
	PROPAGATION(PropagationScenario::run),

	/** See {@link StartupRefreshScenario}. */
	STARTUP_REFRESHES(StartupRefreshScenario::run),

	/** See {@link BurstScenario}. */
	BURST(BurstScenario::run),

	/** See {@link StartupLoadScenario}. */
	STARTUP_LOAD(StartupLoadScenario::run),

	/** See {@link MemoryScenario}. */
	MEMORY(MemoryScenario::run);

	private final Runner runner;

	Scenario(Runner runner) {
		this.runner = runner;
	}

	Result run(Contender contender, Params params) throws Exception {
		return this.runner.run(contender, params);
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
