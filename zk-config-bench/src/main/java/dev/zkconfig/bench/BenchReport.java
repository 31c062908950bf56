package dev.zkconfig.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table of a benchmark run: one row per figure, with the stock starter, zk-config
 * (with its guard, and for propagation without it), the floor, their ratio, the target
 * and whether zk-config meets it.
 */
public final class BenchReport {

	private final List<Row> rows;

	private BenchReport(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	/** Return the rows. */
	public List<Row> rows() {
		return this.rows;
	}

	static BenchReport of(BenchPlan plan, BenchResults results) {
		int keys = plan.keys();
		int large = plan.largeKeys();
		List<Row> rows = new ArrayList<>();
		addPropagation(rows, results, keys);
		Result stockStart = results.get(Scenario.STARTUP_REFRESHES, Contender.STOCK, keys);
		Result oursStart = results.get(Scenario.STARTUP_REFRESHES, Contender.OURS, keys);
		String window = stockStart.get("windowSeconds") + " s";
		long oursStartRefreshes = (long) oursStart.number("refreshes");
		rows.add(new Row("Refreshes caused by startup, " + count(keys) + " keys, first " + window,
				stockStart.get("refreshes") + (Boolean.parseBoolean(stockStart.get("stillRefreshing"))
						? " (capped: still refreshing)" : ""),
				String.valueOf(oursStartRefreshes), "-", "-", "-", "ours = 0", oursStartRefreshes == 0));
		rows.add(new Row("CPU in that window (ms)", ms(stockStart.number("cpuInWindowMs")),
				ms(oursStart.number("cpuInWindowMs")), "-", "-",
				"stock/ours " + times(stockStart.number("cpuInWindowMs") / oursStart.number("cpuInWindowMs")), "-",
				null));
		Result stockBurst = results.get(Scenario.BURST, Contender.STOCK, keys);
		Result oursBurst = results.get(Scenario.BURST, Contender.OURS, keys);
		Result floorBurst = results.get(Scenario.BURST, Contender.FLOOR, keys);
		long oursBurstRefreshes = (long) oursBurst.number("refreshes");
		rows.add(new Row(
				"Burst: refreshes (stock " + stockBurst.get("writes") + " writes, ours " + oursBurst.get("writes")
						+ ")",
				burstRefreshes(stockBurst), String.valueOf(oursBurstRefreshes), "-", "-", "-", "ours <= 20",
				oursBurstRefreshes <= 20));
		double oursVisible = oursBurst.number("visibleAfterLastAckMs");
		boolean oursAllVisible = Boolean.parseBoolean(oursBurst.get("allVisible"));
		rows.add(new Row("Burst: last ack to all final values visible (ms)", burstVisible(stockBurst),
				burstVisible(oursBurst), "-", burstVisible(floorBurst), "-", "ours <= 200 ms",
				oursAllVisible && oursVisible <= 200));
		rows.add(new Row("Burst: CPU (ms)", ms(stockBurst.number("cpuMs")), ms(oursBurst.number("cpuMs")), "-",
				ms(floorBurst.number("cpuMs")), "-", "-", null));
		addStartupLoad(rows, results, large, true);
		if (large != keys) {
			addStartupLoad(rows, results, keys, false);
		}
		Result stockMemory = results.get(Scenario.MEMORY, Contender.STOCK, large);
		Result oursMemory = results.get(Scenario.MEMORY, Contender.OURS, large);
		double oursRatio = oursMemory.number("ratioToValues");
		rows.add(new Row("Memory, " + count(large) + " keys x 100 B: retained / value bytes", memory(stockMemory),
				memory(oursMemory), "-", "-", "ours/raw " + times(oursRatio) + " (with key bytes "
						+ times(oursMemory.number("ratioToKeysAndValues")) + ")",
				"ours < 4x", oursRatio < 4));
		rows.addAll(TargetedRefreshRows.of(results, keys));
		return new BenchReport(rows);
	}

	/**
	 * The report of a plan that ran only some scenarios: the rows that need no other
	 * scenario's results (those of the targeted refresh).
	 */
	static BenchReport partial(BenchPlan plan, BenchResults results) {
		return new BenchReport(TargetedRefreshRows.of(results, plan.keys()));
	}

	/**
	 * The propagation rows: latency and CPU of the stock starter, zk-config with and
	 * without its guard, and the floor, then the guard's cost: zk-config with its guard
	 * less zk-config without it.
	 */
	private static void addPropagation(List<Row> rows, BenchResults results, int keys) {
		Result stock = results.get(Scenario.PROPAGATION, Contender.STOCK, keys);
		Result ours = results.get(Scenario.PROPAGATION, Contender.OURS, keys);
		Result off = results.get(Scenario.PROPAGATION, Contender.OURS_GUARD_OFF, keys);
		Result floor = results.get(Scenario.PROPAGATION, Contender.FLOOR, keys);
		double stockP50 = stock.number("p50Ms");
		double oursP50 = ours.number("p50Ms");
		double offP50 = off.number("p50Ms");
		double floorP50 = floor.number("p50Ms");
		rows.add(new Row("Propagation p50, " + count(keys) + " keys (ms)", ms(stockP50), ms(oursP50), ms(offP50),
				ms(floorP50), "stock/ours " + times(stockP50 / oursP50) + "; ours/floor " + times(oursP50 / floorP50),
				"ours <= 2x floor; stock >= 100x ours", oursP50 <= 2 * floorP50 && stockP50 >= 100 * oursP50));
		double stockP95 = stock.number("p95Ms");
		double oursP95 = ours.number("p95Ms");
		rows.add(new Row("Propagation p95 (ms)", ms(stockP95), ms(oursP95), ms(off.number("p95Ms")),
				ms(floor.number("p95Ms")), "stock/ours " + times(stockP95 / oursP95), "-", null));
		double oursAfterAck = ours.number("p50AfterAckMs");
		double offAfterAck = off.number("p50AfterAckMs");
		double floorAfterAck = floor.number("p50AfterAckMs");
		rows.add(new Row("Propagation p50 after the write's ack (ms)", ms(stock.number("p50AfterAckMs")),
				ms(oursAfterAck), ms(offAfterAck), ms(floorAfterAck),
				"ours/floor " + times(oursAfterAck / floorAfterAck), "-", null));
		double stockCpu = stock.number("cpuPerChangeMs");
		double oursCpu = ours.number("cpuPerChangeMs");
		double offCpu = off.number("cpuPerChangeMs");
		rows.add(new Row("CPU per change, median (ms)", ms(stockCpu), ms(oursCpu), ms(offCpu),
				ms(floor.number("cpuPerChangeMs")), "stock/ours " + times(stockCpu / oursCpu), "stock >= 50x ours",
				stockCpu >= 50 * oursCpu));
		double guardCost = oursAfterAck - offAfterAck;
		double[] interval = Stats.medianDifferenceInterval(Stats.split(ours.get("afterAckMs")),
				Stats.split(off.get("afterAckMs")), 95);
		rows.add(
				new Row("Guard cost at p50, a change concerning " + beans(ours) + ": on - off, after the ack (ms)", "-",
						ms(guardCost), "-", "-", "95% interval " + ms(interval[0]) + " to " + ms(interval[1])
								+ " ms; from before setData " + ms(oursP50 - offP50) + " ms",
						"<= 1 ms", guardCost <= 1));
		double[] cpuInterval = Stats.medianDifferenceInterval(Stats.split(ours.get("cpuMs")),
				Stats.split(off.get("cpuMs")), 95);
		rows.add(new Row("Guard cost in CPU per change: on - off (ms)", "-", ms(oursCpu - offCpu), "-", "-",
				"95% interval " + ms(cpuInterval[0]) + " to " + ms(cpuInterval[1]) + " ms", "-", null));
	}

	private static String beans(Result ours) {
		String beans = ours.get("beansConcerned");
		return (beans == null) ? "? beans" : beans + ("1".equals(beans) ? " bean" : " beans");
	}

	private static void addStartupLoad(List<Row> rows, BenchResults results, int keys, boolean target) {
		Result stock = results.get(Scenario.STARTUP_LOAD, Contender.STOCK, keys);
		Result ours = results.get(Scenario.STARTUP_LOAD, Contender.OURS, keys);
		Result floor = results.get(Scenario.STARTUP_LOAD, Contender.FLOOR, keys);
		double stockLoad = stock.number("loadMs");
		double oursLoad = ours.number("loadMs");
		double floorLoad = floor.number("loadMs");
		rows.add(new Row("Startup load, " + count(keys) + " keys (ms)", ms(stockLoad), ms(oursLoad), "-", ms(floorLoad),
				"stock/ours " + times(stockLoad / oursLoad) + "; ours/floor " + times(oursLoad / floorLoad),
				target ? "stock >= 10x ours; ours <= 2x floor" : "-",
				target ? (stockLoad >= 10 * oursLoad && oursLoad <= 2 * floorLoad) : null));
		rows.add(new Row("SpringApplication.run, " + count(keys) + " keys (ms)", ms(stock.number("startMs")),
				ms(ours.number("startMs")), "-", "-",
				"stock/ours " + times(stock.number("startMs") / ours.number("startMs")), "-", null));
	}

	private static String burstRefreshes(Result burst) {
		boolean settled = Boolean.parseBoolean(burst.get("allVisible")) && Boolean.parseBoolean(burst.get("settled"));
		return burst.get("refreshes")
				+ (settled ? "" : " (capped at " + burst.get("capSeconds") + " s, still refreshing)");
	}

	private static String burstVisible(Result burst) {
		if (!Boolean.parseBoolean(burst.get("allVisible"))) {
			return "> " + burst.get("capSeconds") + " s (not all visible)";
		}
		return ms(burst.number("visibleAfterLastAckMs"));
	}

	private static String memory(Result memory) {
		return String.format(Locale.ROOT, "%.1f MB = %s", memory.number("retainedBytes") / 1e6,
				times(memory.number("ratioToValues")));
	}

	static String ms(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		if (value >= 100) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		return String.format(Locale.ROOT, (value >= 10) ? "%.1f" : "%.2f", value);
	}

	static String times(double ratio) {
		if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
			return "-";
		}
		return String.format(Locale.ROOT, (ratio >= 10) ? "%,.0fx" : "%.2fx", ratio);
	}

	private static String count(int keys) {
		return String.format(Locale.ROOT, "%,d", keys);
	}

	/**
	 * One figure of the table.
	 *
	 * @param scenario what was measured
	 * @param stock the stock starter's figure
	 * @param ours zk-config's figure (with its guard, as by default)
	 * @param oursGuardOff zk-config's figure with {@code zkconfig.guard.enabled=false}
	 * @param floor bare Curator's figure
	 * @param ratio the ratios that matter
	 * @param target the target zk-config must meet
	 * @param met whether it does, {@code null} if the row has no target
	 */
	public record Row(String scenario, String stock, String ours, String oursGuardOff, String floor, String ratio,
			String target, Boolean met) {

		String metText() {
			return (this.met == null) ? "-" : (this.met ? "yes" : "NO");
		}

	}

}
