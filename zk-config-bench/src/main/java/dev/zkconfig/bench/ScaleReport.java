package dev.zkconfig.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.zkconfig.bench.BenchReport.ms;
import static dev.zkconfig.bench.BenchReport.times;

/**
 * The table of the benchmark's scale part: key counts, fan-out of many instances (on a
 * standalone server and an ensemble) and many contexts, with the stock starter, zk-config
 * and the floor side by side. Rows whose runs the plan does not have are left out. The
 * sizes come from the plan's runs.
 */
final class ScaleReport {

	private final List<BenchReport.Row> rows;

	private ScaleReport(List<BenchReport.Row> rows) {
		this.rows = List.copyOf(rows);
	}

	List<BenchReport.Row> rows() {
		return this.rows;
	}

	/** Whether a plan has scale runs. */
	static boolean covers(BenchPlan plan) {
		return plan.runs().stream().anyMatch((run) -> run.scenario() == Scenario.FAN_OUT);
	}

	/** The tree sizes of the key rows: those zk-config's propagation ran at. */
	static List<Integer> keySizes(BenchPlan plan) {
		return plan.runs()
			.stream()
			.filter((run) -> run.scenario() == Scenario.PROPAGATION && run.contender() == Contender.OURS)
			.map((run) -> run.params().intValue("keys"))
			.distinct()
			.sorted()
			.toList();
	}

	/** The parameters of a scale run of zk-config. */
	static Params params(BenchPlan plan, Scenario scenario) {
		return plan.runs()
			.stream()
			.filter((run) -> run.scenario() == scenario && run.contender() == Contender.OURS)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No " + scenario + " run in the plan"))
			.params();
	}

	static ScaleReport of(BenchPlan plan, BenchResults results) {
		List<BenchReport.Row> rows = new ArrayList<>();
		List<Integer> sizes = keySizes(plan);
		int smallest = sizes.get(0);
		int largest = sizes.get(sizes.size() - 1);
		double oursSmallest = number(results.get(Scenario.PROPAGATION, Contender.OURS, smallest), "p50Ms");
		for (int size : sizes) {
			Result stock = results.get(Scenario.PROPAGATION, Contender.STOCK, size);
			Result ours = results.get(Scenario.PROPAGATION, Contender.OURS, size);
			Result floor = results.get(Scenario.PROPAGATION, Contender.FLOOR, size);
			double oursP50 = number(ours, "p50Ms");
			boolean target = size == largest;
			rows.add(row("Propagation p50, " + ScalePlan.count(size) + " keys (ms)", ms(number(stock, "p50Ms")),
					ms(oursP50), ms(number(floor, "p50Ms")),
					"ours / ours at " + ScalePlan.count(smallest) + " " + times(oursP50 / oursSmallest),
					target ? "ours within 1.3x of ours at " + ScalePlan.count(smallest) : "-",
					target ? oursP50 <= 1.3 * oursSmallest : null));
		}
		for (int size : sizes) {
			Result stock = results.get(Scenario.STARTUP_LOAD, Contender.STOCK, size);
			Result ours = results.get(Scenario.STARTUP_LOAD, Contender.OURS, size);
			Result floor = results.get(Scenario.STARTUP_LOAD, Contender.FLOOR, size);
			double oursLoad = number(ours, "loadMs");
			boolean capped = stock != null && Boolean.parseBoolean(stock.get("capped"));
			String stockText = capped ? "> " + stock.get("capSeconds") + " s (capped)" : ms(number(stock, "loadMs"));
			boolean target = size == largest;
			// a load within the noise of the start without keys leaves no ratio to speak
			// of
			boolean noise = oursLoad < 1;
			rows.add(row("Startup load, " + ScalePlan.count(size) + " keys (ms)", stockText,
					noise ? "< 1 (within the noise)" : ms(oursLoad), ms(number(floor, "loadMs")),
					noise ? "-"
							: "stock/ours " + (capped ? "> " : "") + times(number(stock, "loadMs") / oursLoad)
									+ "; ours/floor " + times(oursLoad / number(floor, "loadMs")),
					target ? "ours < 1,500 ms" : "-", target ? oursLoad < 1500 : null));
		}
		for (int size : sizes) {
			Result stock = results.get(Scenario.MEMORY, Contender.STOCK, size);
			Result ours = results.get(Scenario.MEMORY, Contender.OURS, size);
			double ratio = number(ours, "ratioToValues");
			rows.add(row("Memory, " + ScalePlan.count(size) + " keys x 100 B: retained / value bytes", memory(stock),
					memory(ours), "-", "with key bytes " + times(number(ours, "ratioToKeysAndValues")), "ours < 3x",
					(ours != null) ? ratio < 3 : null));
		}
		addFanOut(rows, plan, results, Scenario.FAN_OUT, "");
		addFanOut(rows, plan, results, Scenario.FAN_OUT_ENSEMBLE, " (3-server ensemble)");
		addManyContexts(rows, plan, results);
		return new ScaleReport(rows);
	}

	private static void addFanOut(List<BenchReport.Row> rows, BenchPlan plan, BenchResults results, Scenario scenario,
			String where) {
		Params params = params(plan, scenario);
		int keys = params.intValue("keys");
		Result stock = results.get(scenario, Contender.STOCK, keys);
		Result ours = results.get(scenario, Contender.OURS, keys);
		Result floor = results.get(scenario, Contender.FLOOR, keys);
		int first = firstInstances(params);
		if (first > 0) {
			addFanOut(rows, "Fan-out" + where + ", " + first + " instances, " + ScalePlan.count(keys) + " keys: ",
					stock, ours, floor, "At" + first);
		}
		addFanOut(rows, "Fan-out" + where + ", " + params.values().get("instances") + " instances, "
				+ ScalePlan.count(keys) + " keys: ", stock, ours, floor, "");
	}

	static int firstInstances(Params fanOut) {
		return fanOut.values().containsKey("firstInstances") ? fanOut.intValue("firstInstances") : 0;
	}

	private static void addFanOut(List<BenchReport.Row> rows, String name, Result stock, Result ours, Result floor,
			String suffix) {
		double stockP50 = number(stock, "p50AllMs" + suffix);
		double oursP50 = number(ours, "p50AllMs" + suffix);
		rows.add(row(name + "all hold a change, p50 (ms)", fanOutMs(stock, "p50AllMs", suffix), ms(oursP50),
				ms(number(floor, "p50AllMs" + suffix)), "stock/ours " + times(stockP50 / oursP50), "-", null));
		rows.add(row(name + "all hold a change, p99 (ms)", fanOutMs(stock, "p99AllMs", suffix),
				ms(number(ours, "p99AllMs" + suffix)), ms(number(floor, "p99AllMs" + suffix)),
				"stock/ours " + times(number(stock, "p99AllMs" + suffix) / number(ours, "p99AllMs" + suffix)), "-",
				null));
		double oursReceived = number(ours, "receivedPerInstance" + suffix);
		rows.add(row(name + "requests the servers received per instance per change",
				figure(number(stock, "receivedPerInstance" + suffix)), figure(oursReceived),
				figure(number(floor, "receivedPerInstance" + suffix)),
				"stock/ours " + times(number(stock, "receivedPerInstance" + suffix) / oursReceived), "ours <= 2",
				oursReceived <= 2));
		rows.add(row(name + "packets the servers sent per instance per change",
				figure(number(stock, "sentPerInstance" + suffix)), figure(number(ours, "sentPerInstance" + suffix)),
				figure(number(floor, "sentPerInstance" + suffix)), "-", "-", null));
		rows.add(row(name + "peak requests outstanding at the servers per change",
				figure(number(stock, "peakOutstanding" + suffix)), figure(number(ours, "peakOutstanding" + suffix)),
				figure(number(floor, "peakOutstanding" + suffix)), "-", "-", null));
		double oursWatches = number(ours, "watchesPerInstance" + suffix);
		rows.add(row(name + "watches on the servers per instance (DataTree count)",
				figure(number(stock, "watchesPerInstance" + suffix)), figure(oursWatches),
				figure(number(floor, "watchesPerInstance" + suffix)),
				"stock/ours " + times(number(stock, "watchesPerInstance" + suffix) / oursWatches),
				"ours <= 2: 1 per context and Curator's own (see the method)", oursWatches <= 2));
		String shares = (ours != null) ? ours.get("receivedShareByServer" + suffix) : null;
		if (shares != null && shares.contains(";")) {
			rows.add(
					row(name + "share of the requests each server received", "-", shares(shares), "-", "-", "-", null));
		}
	}

	private static void addManyContexts(List<BenchReport.Row> rows, BenchPlan plan, BenchResults results) {
		Params params = params(plan, Scenario.MANY_CONTEXTS);
		int keys = params.intValue("keys");
		Result stock = results.get(Scenario.MANY_CONTEXTS, Contender.STOCK, keys);
		Result ours = results.get(Scenario.MANY_CONTEXTS, Contender.OURS, keys);
		String name = "Many contexts (4 automatic + " + params.values().get("contexts") + " explicit, "
				+ ScalePlan.count(keys) + " keys each): ";
		rows.add(row(name + "SpringApplication.run (ms)", ms(number(stock, "startMs")), ms(number(ours, "startMs")),
				"-", "stock/ours " + times(number(stock, "startMs") / number(ours, "startMs")), "-", null));
		rows.add(row(name + "propagation p50 (ms)", ms(number(stock, "p50Ms")), ms(number(ours, "p50Ms")), "-",
				"stock/ours " + times(number(stock, "p50Ms") / number(ours, "p50Ms")), "-", null));
	}

	/**
	 * {@code 1-follower:36;3-leader:32} as
	 * {@code server 1 (follower) 36%, server 3 (leader) 32%}.
	 */
	private static String shares(String shares) {
		List<String> parts = new ArrayList<>();
		for (String share : shares.split(";")) {
			String[] server = share.split(":");
			String[] idAndRole = server[0].split("-");
			parts.add("server " + idAndRole[0] + " (" + idAndRole[1] + ") " + server[1] + "%");
		}
		return String.join(", ", parts);
	}

	private static BenchReport.Row row(String scenario, String stock, String ours, String floor, String ratio,
			String target, Boolean met) {
		return new BenchReport.Row(scenario, stock, ours, "-", floor, ratio, target, met);
	}

	private static String fanOutMs(Result result, String figure, String suffix) {
		if (result == null) {
			return "-";
		}
		if (Boolean.parseBoolean(result.get("capped" + suffix))) {
			return "> " + result.get("capSeconds") + " s (capped)";
		}
		return ms(result.number(figure + suffix));
	}

	private static String memory(Result memory) {
		if (memory == null) {
			return "-";
		}
		return String.format(Locale.ROOT, "%.1f MB = %s", memory.number("retainedBytes") / 1e6,
				times(memory.number("ratioToValues")));
	}

	private static String figure(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		return String.format(Locale.ROOT, (value >= 100) ? "%,.0f" : "%.2f", value);
	}

	private static double number(Result result, String figure) {
		return (result != null) ? result.number(figure) : Double.NaN;
	}

	/** The groups of the latency chart: milliseconds against keys and instances. */
	static List<BenchChart.Group> latencyGroups(BenchPlan plan, BenchResults results) {
		List<BenchChart.Group> groups = new ArrayList<>();
		for (int size : keySizes(plan)) {
			groups.add(group("Propagation p50, " + ScalePlan.count(size) + " keys", results, Scenario.PROPAGATION, size,
					"p50Ms"));
		}
		for (int size : keySizes(plan)) {
			groups.add(group("Startup load, " + ScalePlan.count(size) + " keys", results, Scenario.STARTUP_LOAD, size,
					"loadMs"));
		}
		Params fanOut = params(plan, Scenario.FAN_OUT);
		for (String suffix : fanOutSteps(fanOut)) {
			groups.add(group("Fan-out p50, " + instances(fanOut, suffix) + " instances", results, Scenario.FAN_OUT,
					fanOut.intValue("keys"), "p50AllMs" + suffix));
		}
		for (String suffix : fanOutSteps(fanOut)) {
			groups.add(group("Fan-out p99, " + instances(fanOut, suffix) + " instances", results, Scenario.FAN_OUT,
					fanOut.intValue("keys"), "p99AllMs" + suffix));
		}
		return groups;
	}

	/**
	 * The groups of the server chart: requests and watches per instance, for each number
	 * of instances.
	 */
	static List<BenchChart.Group> serverGroups(BenchPlan plan, BenchResults results) {
		Params fanOut = params(plan, Scenario.FAN_OUT);
		int keys = fanOut.intValue("keys");
		List<BenchChart.Group> groups = new ArrayList<>();
		for (String suffix : fanOutSteps(fanOut)) {
			groups.add(group("Requests / inst. / change, " + instances(fanOut, suffix), results, Scenario.FAN_OUT, keys,
					"receivedPerInstance" + suffix));
		}
		for (String suffix : fanOutSteps(fanOut)) {
			groups.add(group("Watches / instance, " + instances(fanOut, suffix), results, Scenario.FAN_OUT, keys,
					"watchesPerInstance" + suffix));
		}
		return groups;
	}

	/** The suffixes of the fan-out's figures, fewest instances first. */
	private static List<String> fanOutSteps(Params fanOut) {
		int first = firstInstances(fanOut);
		return (first > 0) ? List.of("At" + first, "") : List.of("");
	}

	private static String instances(Params fanOut, String suffix) {
		return suffix.isEmpty() ? fanOut.values().get("instances") : suffix.substring(2);
	}

	private static BenchChart.Group group(String label, BenchResults results, Scenario scenario, int keys,
			String figure) {
		Result stock = results.get(scenario, Contender.STOCK, keys);
		// a figure of the first fan-out step ends with its suffix, and so does its cap
		String suffix = figure.contains("At") ? figure.substring(figure.indexOf("At")) : "";
		boolean capped = stock != null && Boolean.parseBoolean(stock.get("capped" + suffix));
		return new BenchChart.Group(label,
				new double[] { number(stock, figure), number(results.get(scenario, Contender.OURS, keys), figure),
						Double.NaN, number(results.get(scenario, Contender.FLOOR, keys), figure) },
				capped);
	}

}
