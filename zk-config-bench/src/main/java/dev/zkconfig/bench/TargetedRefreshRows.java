package dev.zkconfig.bench;

import java.util.ArrayList;
import java.util.List;

import static dev.zkconfig.bench.BenchReport.ms;
import static dev.zkconfig.bench.BenchReport.times;

/**
 * The rows of the targeted-refresh scenario ({@link TargetedRefreshScenario}): zk-config
 * refreshing only the bean a change concerns, against itself with
 * {@code zkconfig.refresh.mode=all}, the stock starter and the floor. The figure with
 * {@code mode=all} is given in the ratio column, as the table has no column of its own
 * for it.
 */
final class TargetedRefreshRows {

	/** How every row of this scenario starts. */
	static final String PREFIX = "Targeted refresh, " + TargetedRefreshApplication.READERS + " @RefreshScope beans and "
			+ TargetedRefreshApplication.VALUE_FIELDS + " @Value fields: ";

	/**
	 * The target: targeted propagation of a bean's key within this factor of the floor.
	 */
	static final double TARGET_RATIO_TO_FLOOR = 1.5;

	private TargetedRefreshRows() {
	}

	/**
	 * Return the rows, none if the scenario was not run.
	 * @param results the results of a run
	 * @param keys the tree size the scenario ran with
	 */
	static List<BenchReport.Row> of(BenchResults results, int keys) {
		Result stock = results.get(Scenario.TARGETED_REFRESH, Contender.STOCK, keys);
		Result targeted = results.get(Scenario.TARGETED_REFRESH, Contender.OURS, keys);
		Result all = results.get(Scenario.TARGETED_REFRESH, Contender.OURS_REFRESH_ALL, keys);
		Result floor = results.get(Scenario.TARGETED_REFRESH, Contender.FLOOR, keys);
		List<BenchReport.Row> rows = new ArrayList<>();
		if (stock == null || targeted == null || all == null || floor == null) {
			return rows;
		}
		double targetedP50 = targeted.number("beanP50Ms");
		double allP50 = all.number("beanP50Ms");
		double floorP50 = floor.number("beanP50Ms");
		double stockP50 = stock.number("beanP50Ms");
		rows.add(new BenchReport.Row(PREFIX + "a bean's key, propagation p50 (ms)", ms(stockP50), ms(targetedP50), "-",
				ms(floorP50),
				"mode=all " + ms(allP50) + " ms; targeted/floor " + times(targetedP50 / floorP50) + ", all/floor "
						+ times(allP50 / floorP50) + "; stock/targeted " + times(stockP50 / targetedP50),
				"targeted <= " + TARGET_RATIO_TO_FLOOR + "x floor", targetedP50 <= TARGET_RATIO_TO_FLOOR * floorP50));
		rows.add(new BenchReport.Row(PREFIX + "a bean's key, propagation p95 (ms)", ms(stock.number("beanP95Ms")),
				ms(targeted.number("beanP95Ms")), "-", ms(floor.number("beanP95Ms")),
				"mode=all " + ms(all.number("beanP95Ms")) + " ms", "-", null));
		double targetedCpu = targeted.number("beanCpuPerChangeMs");
		double allCpu = all.number("beanCpuPerChangeMs");
		double stockCpu = stock.number("beanCpuPerChangeMs");
		rows.add(new BenchReport.Row(PREFIX + "a bean's key, CPU per change, every bean used once after (ms)",
				ms(stockCpu), ms(targetedCpu), "-", ms(floor.number("beanCpuPerChangeMs")),
				"mode=all " + ms(allCpu) + " ms; all/targeted " + times(allCpu / targetedCpu) + "; stock/targeted "
						+ times(stockCpu / targetedCpu) + "; beans created per change: targeted "
						+ count(targeted, "beanConstructionsPerChange") + ", all "
						+ count(all, "beanConstructionsPerChange") + ", stock "
						+ count(stock, "beanConstructionsPerChange"),
				"-", null));
		double valueP50 = targeted.number("valueP50Ms");
		double floorValueP50 = floor.number("valueP50Ms");
		rows.add(new BenchReport.Row(PREFIX + "a @Value field's key, propagation p50 (ms)", "never updated",
				ms(valueP50), "-", ms(floorValueP50),
				"mode=all " + ms(all.number("valueP50Ms")) + " ms; targeted/floor " + times(valueP50 / floorValueP50),
				"-", null));
		rows.add(new BenchReport.Row(PREFIX + "a @Value field's key, CPU per change (ms)", "-",
				ms(targeted.number("valueCpuPerChangeMs")), "-", ms(floor.number("valueCpuPerChangeMs")),
				"mode=all " + ms(all.number("valueCpuPerChangeMs")) + " ms", "-", null));
		return rows;
	}

	private static String count(Result result, String figure) {
		return String.valueOf((long) result.number(figure));
	}

}
