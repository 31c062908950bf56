package dev.zkconfig.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of a benchmark and their sizes: the full run the README's command performs, a
 * quick one for CI, or a tiny one that only checks the benchmark code works.
 *
 * @param name what the plan is
 * @param keys the tree size of the propagation, startup-refresh and burst scenarios
 * @param largeKeys the tree size of the large startup-load and memory scenarios
 * @param runs the runs, in order
 */
public record BenchPlan(String name, int keys, int largeKeys, List<Run> runs) {

	/** Keys of the propagation, startup-refresh and burst scenarios in the full run. */
	static final int KEYS = 1000;

	/** Keys of the large startup-load and memory scenarios in the full run. */
	static final int LARGE_KEYS = 10_000;

	/** Observation window of the startup-refresh scenario in the full run. */
	static final int WINDOW_SECONDS = 20;

	/**
	 * The contenders of the rows that compare zk-config as it ships: its guard off is
	 * measured in propagation only.
	 */
	private static final List<Contender> WITHOUT_GUARD_OFF = List.of(Contender.STOCK, Contender.OURS, Contender.FLOOR);

	/** The contenders of the propagation rows. */
	private static final List<Contender> PROPAGATION = List.of(Contender.STOCK, Contender.OURS,
			Contender.OURS_GUARD_OFF, Contender.FLOOR);

	/** The contenders of the targeted-refresh rows: zk-config in both refresh modes. */
	private static final List<Contender> TARGETED_REFRESH = List.of(Contender.STOCK, Contender.OURS,
			Contender.OURS_REFRESH_ALL, Contender.FLOOR);

	/** The full benchmark, sized to finish within 15 minutes on 2 cores. */
	public static BenchPlan full() {
		List<Run> runs = new ArrayList<>();
		propagation(runs, KEYS, 3, new Sampling(100, 30), new Sampling(3, 16), 150);
		startupRefreshes(runs, KEYS, WINDOW_SECONDS);
		burst(runs, KEYS, 1000, 30, 200, 40);
		startupLoad(runs, LARGE_KEYS, 1, 3);
		startupLoad(runs, KEYS, 1, 3);
		memory(runs, LARGE_KEYS);
		ScalePlan.full().addTo(runs, 100, 30, 150);
		targetedRefresh(runs, KEYS, 3, new Sampling(40, 30), new Sampling(2, 12), 120);
		return new BenchPlan("full", KEYS, LARGE_KEYS, runs);
	}

	/**
	 * Every scenario of the full run with a tenth of its keys, one JVM per contender and
	 * far fewer samples (20 warm-up and 10 measured changes 110 ms apart, beyond the 100
	 * ms coalescing window, a 1 s startup window, a stock burst of 50 writes, one start
	 * per startup load, the scale part's key rows at two sizes): under 2 minutes with the
	 * CDS training, for CI to show a trend; its figures are noisier.
	 */
	public static BenchPlan quick() {
		List<Run> runs = new ArrayList<>();
		propagation(runs, KEYS / 10, 1, new Sampling(20, 10), new Sampling(2, 5), 110);
		startupRefreshes(runs, KEYS / 10, 1);
		burst(runs, KEYS / 10, 1000, 30, 50, 20);
		startupLoad(runs, LARGE_KEYS / 10, 0, 1);
		startupLoad(runs, KEYS / 10, 0, 1);
		memory(runs, LARGE_KEYS / 10);
		ScalePlan.quick().addTo(runs, 20, 10, 110);
		targetedRefresh(runs, KEYS / 10, 1, new Sampling(2, 4), new Sampling(1, 1), 110);
		return new BenchPlan("quick", KEYS / 10, LARGE_KEYS / 10, runs);
	}

	/** Every scenario with tiny sizes, to check that the benchmark code works. */
	public static BenchPlan smoke() {
		List<Run> runs = new ArrayList<>();
		propagation(runs, 20, 2, new Sampling(1, 3), new Sampling(1, 2), 10);
		startupRefreshes(runs, 20, 1);
		burst(runs, 20, 20, 20, 10, 20);
		startupLoad(runs, 20, 0, 1);
		memory(runs, 20);
		ScalePlan.smoke().addTo(runs, 1, 3, 10);
		targetedRefresh(runs, 20, 2, new Sampling(1, 2), new Sampling(1, 1), 110);
		return new BenchPlan("smoke", 20, 20, runs);
	}

	/**
	 * The scale part of the full run alone (see {@link ScalePlan}), for working on it.
	 */
	public static BenchPlan scale() {
		List<Run> runs = new ArrayList<>();
		ScalePlan scale = ScalePlan.full();
		scale.addTo(runs, 100, 30, 150);
		return new BenchPlan("scale", scale.keys().get(0), scale.largest(), runs);
	}

	/**
	 * Only the runs of one scenario, for working on it:
	 * {@code -Dbench.plan=quick:targeted-refresh}. Its report holds the rows that need no
	 * other scenario.
	 * @param scenario the scenario to keep
	 * @return the plan with only that scenario's runs
	 */
	public BenchPlan only(Scenario scenario) {
		return new BenchPlan(this.name + ":" + scenario.id(), this.keys, this.largeKeys,
				this.runs.stream().filter((run) -> run.scenario() == scenario).toList());
	}

	/** Whether this plan runs only some scenarios (see {@link #only}). */
	boolean isPartial() {
		return this.name.contains(":");
	}

	/**
	 * Each contender runs in {@code forks} JVMs, taking turns, so that slow phases of the
	 * machine hit all of them; their samples are pooled. zk-config runs with its guard
	 * and without it, so that the guard's cost is the difference of two such runs.
	 */
	private static void propagation(List<Run> runs, int keys, int forks, Sampling sampling, Sampling stockSampling,
			int gapMillis) {
		for (int fork = 1; fork <= forks; fork++) {
			for (Contender contender : PROPAGATION) {
				Sampling each = (contender == Contender.STOCK) ? stockSampling : sampling;
				runs.add(new Run(Scenario.PROPAGATION, contender, Params.of("keys=" + keys, "fork=" + fork,
						"warmup=" + each.warmup(), "changes=" + each.changes(), "gapMillis=" + gapMillis)));
			}
		}
	}

	/**
	 * Changes per JVM of the propagation scenario.
	 *
	 * @param warmup changes made before measuring
	 * @param changes changes measured
	 */
	private record Sampling(int warmup, int changes) {
	}

	/**
	 * Each contender runs in {@code forks} JVMs, taking turns, and their samples are
	 * pooled, as in the propagation rows (see {@link TargetedRefreshScenario}); a
	 * sampling counts pairs of changes, one of a {@code @RefreshScope} bean's key and one
	 * of a {@code @Value} field's (the stock starter, which never updates the field,
	 * changes the bean's only).
	 */
	private static void targetedRefresh(List<Run> runs, int keys, int forks, Sampling sampling, Sampling stockSampling,
			int gapMillis) {
		for (int fork = 1; fork <= forks; fork++) {
			for (Contender contender : TARGETED_REFRESH) {
				Sampling each = (contender == Contender.STOCK) ? stockSampling : sampling;
				runs.add(new Run(Scenario.TARGETED_REFRESH, contender, Params.of("keys=" + keys, "fork=" + fork,
						"warmup=" + each.warmup(), "changes=" + each.changes(), "gapMillis=" + gapMillis)));
			}
		}
	}

	private static void startupRefreshes(List<Run> runs, int keys, int windowSeconds) {
		for (Contender contender : List.of(Contender.STOCK, Contender.OURS)) {
			runs.add(new Run(Scenario.STARTUP_REFRESHES, contender,
					Params.of("keys=" + keys, "windowSeconds=" + windowSeconds)));
		}
	}

	private static void burst(List<Run> runs, int keys, int writes, int capSeconds, int stockWrites,
			int stockCapSeconds) {
		for (Contender contender : WITHOUT_GUARD_OFF) {
			boolean stock = contender == Contender.STOCK;
			runs.add(new Run(Scenario.BURST, contender,
					Params.of("keys=" + keys, "writes=" + (stock ? stockWrites : writes),
							"capSeconds=" + (stock ? stockCapSeconds : capSeconds))));
		}
	}

	private static void startupLoad(List<Run> runs, int keys, int warmup, int times) {
		for (Contender contender : WITHOUT_GUARD_OFF) {
			runs.add(new Run(Scenario.STARTUP_LOAD, contender,
					Params.of("keys=" + keys, "warmup=" + warmup, "runs=" + times)));
		}
	}

	private static void memory(List<Run> runs, int keys) {
		for (Contender contender : List.of(Contender.STOCK, Contender.OURS)) {
			runs.add(new Run(Scenario.MEMORY, contender, Params.of("keys=" + keys)));
		}
	}

}
