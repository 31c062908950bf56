package dev.zkconfig.bench;

import java.util.List;
import java.util.Locale;

/**
 * The runs of the benchmark's scale part (see {@link ScaleReport}): the key-count
 * scenarios at three tree sizes, the fan-out of many instances against a standalone
 * server and an ensemble, and an application with many contexts. A run the rest of the
 * plan already has (same scenario, contender and size) is not added again: its result
 * serves both parts.
 *
 * @param keys the tree sizes of the key rows, smallest first
 * @param stockLoadCapSeconds how long the stock starter's startup at the largest size may
 * take before it is reported as longer than that
 * @param instances instances of the fan-out scenario
 * @param fanOutKeys keys of the fan-out scenario's context
 * @param fanOutChanges changes measured in the fan-out scenario (zk-config and floor)
 * @param stockFanOutChanges changes measured in the fan-out scenario for the stock
 * starter
 * @param contexts explicit contexts of the many-contexts scenario
 * @param contextKeys keys of each context of the many-contexts scenario
 * @param stockChanges changes of the many-contexts propagation for the stock starter
 * @param floorEverywhere whether the floor runs where it is cut from the full run
 * @param starts measured starts of the startup-load (after one warm-up start when more
 * than one) and many-contexts scenarios
 */
record ScalePlan(List<Integer> keys, int stockLoadCapSeconds, int instances, int fanOutKeys, int fanOutChanges,
		int stockFanOutChanges, int contexts, int contextKeys, int stockChanges, boolean floorEverywhere, int starts) {

	/**
	 * The scale part of the full run. Cut to stay near 5 minutes on 2 cores: the floor's
	 * startup load at 100,000 keys (45 s: its reader sends one request per znode, so it
	 * is no floor for zk-config's batched reads there) and the floor's fan-out (a bare
	 * {@code CuratorCache} costs the server what zk-config does); the stock starter's
	 * fan-out measures one change (each takes about 20 s with 200 instances).
	 */
	static ScalePlan full() {
		return new ScalePlan(List.of(1_000, 10_000, 100_000), 20, 200, 1_000, 30, 1, 20, 500, 2, false, 3);
	}

	/**
	 * The scale part of the quick run: a tenth of the keys and instances, one start per
	 * startup, with the same cuts, and the key rows at two sizes only, those the main
	 * rows run anyway: 10,000 keys would add five runs, about 30 s.
	 */
	static ScalePlan quick() {
		return new ScalePlan(List.of(100, 1_000), 10, 20, 100, 10, 1, 20, 50, 1, false, 1);
	}

	/** Tiny sizes, to check that the code works, every contender included. */
	static ScalePlan smoke() {
		return new ScalePlan(List.of(20, 40, 80), 10, 3, 20, 2, 1, 2, 5, 1, true, 1);
	}

	int largest() {
		return this.keys.get(this.keys.size() - 1);
	}

	/**
	 * Add the scale runs to a plan's runs.
	 * @param runs the runs so far, added to
	 * @param propagation the sampling of the main propagation rows, which the key rows
	 * take too, so that their medians compare: warm-up and measured changes, and the gap
	 */
	void addTo(List<Run> runs, int warmup, int changes, int gapMillis) {
		for (int size : this.keys) {
			boolean largest = size == largest();
			for (Contender contender : List.of(Contender.OURS, Contender.FLOOR)) {
				if (contender == Contender.OURS || largest) {
					add(runs, Scenario.PROPAGATION, contender, "keys=" + size, "fork=1", "warmup=" + warmup,
							"changes=" + changes, "gapMillis=" + gapMillis);
				}
			}
			for (Contender contender : List.of(Contender.STOCK, Contender.OURS, Contender.FLOOR)) {
				boolean capped = contender == Contender.STOCK && largest;
				if (contender != Contender.FLOOR || !largest || this.floorEverywhere) {
					int times = capped ? 1 : this.starts;
					add(runs, Scenario.STARTUP_LOAD, contender, "keys=" + size, "warmup=" + ((times > 1) ? 1 : 0),
							"runs=" + times, "capSeconds=" + (capped ? this.stockLoadCapSeconds : 0));
				}
			}
			add(runs, Scenario.MEMORY, Contender.OURS, "keys=" + size);
			if (!largest) {
				add(runs, Scenario.MEMORY, Contender.STOCK, "keys=" + size);
			}
		}
		for (Contender contender : List.of(Contender.STOCK, Contender.OURS, Contender.FLOOR)) {
			boolean stock = contender == Contender.STOCK;
			if (contender != Contender.FLOOR || this.floorEverywhere) {
				add(runs, Scenario.FAN_OUT, contender,
						fanOut(1, stock ? 0 : 3, stock ? this.stockFanOutChanges : this.fanOutChanges));
			}
		}
		add(runs, Scenario.FAN_OUT_ENSEMBLE, Contender.OURS, fanOut(3, 3, this.fanOutChanges));
		for (Contender contender : List.of(Contender.STOCK, Contender.OURS)) {
			boolean stock = contender == Contender.STOCK;
			add(runs, Scenario.MANY_CONTEXTS, contender, "keys=" + this.contextKeys, "contexts=" + this.contexts,
					"starts=" + (stock ? 1 : this.starts), "warmup=" + (stock ? 1 : Math.min(warmup, 20)),
					"changes=" + (stock ? this.stockChanges : Math.min(changes, 20)), "gapMillis=" + gapMillis);
		}
	}

	private String[] fanOut(int servers, int warmup, int changes) {
		// the standalone run measures a tenth of the instances first, for a second point
		// on the instance axis
		int first = (servers == 1) ? Math.max(1, this.instances / 10) : 0;
		return new String[] { "keys=" + this.fanOutKeys, "instances=" + this.instances, "firstInstances=" + first,
				"servers=" + servers, "warmup=" + warmup, "changes=" + changes, "gapMillis=100", "capSeconds=120" };
	}

	private static void add(List<Run> runs, Scenario scenario, Contender contender, String... params) {
		Run run = new Run(scenario, contender, Params.of(params));
		int keys = run.params().intValue("keys");
		boolean present = runs.stream()
			.anyMatch((other) -> other.scenario() == scenario && other.contender() == contender
					&& other.params().intValue("keys") == keys);
		if (!present) {
			runs.add(run);
		}
	}

	/** A count with thousands separators. */
	static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

}
