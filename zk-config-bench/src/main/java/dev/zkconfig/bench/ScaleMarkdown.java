package dev.zkconfig.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the "Scale" section of the report, with its two charts: latencies against the
 * number of keys and instances, and what one change costs the server per instance.
 */
final class ScaleMarkdown {

	/** The chart of latencies, next to {@code benchmarks.md}. */
	static final String LATENCY_CHART = "benchmarks-scale.png";

	/** The chart of server requests and watches, next to {@code benchmarks.md}. */
	static final String SERVER_CHART = "benchmarks-scale-server.png";

	private ScaleMarkdown() {
	}

	static String table(ScaleReport report) {
		StringBuilder table = new StringBuilder();
		table.append("| Scale | Stock starter | zk-config | Curator floor | Ratio | Target | Met |\n");
		table.append("|---|---:|---:|---:|---|---|---|\n");
		for (BenchReport.Row row : report.rows()) {
			table.append("| ")
				.append(String.join(" | ", row.scenario(), row.stock(), row.ours(), row.floor(), row.ratio(),
						row.target(), row.metText()))
				.append(" |\n");
		}
		return table.toString();
	}

	/** Draw the section's charts into the output directory. */
	static void writeCharts(BenchPlan plan, BenchResults results, Path output) throws IOException {
		BenchChart.write(ScaleReport.latencyGroups(plan, results), "Scale: latency against keys and instances",
				output.resolve(LATENCY_CHART));
		BenchChart.write(ScaleReport.serverGroups(plan, results), "Scale: what one change costs the server", "",
				"per instance", output.resolve(SERVER_CHART));
	}

	static String render(BenchPlan plan, ScaleReport report) {
		Params fanOut = ScaleReport.params(plan, Scenario.FAN_OUT);
		Params many = ScaleReport.params(plan, Scenario.MANY_CONTEXTS);
		String sizes = String.join(", ",
				ScaleReport.keySizes(plan).stream().map((size) -> ScalePlan.count(size)).toList());
		return """

				## Scale

				%s
				![Scale: latencies, log scale](%s)

				![Scale: server requests and watches per instance, log scale](%s)

				### How the scale rows are measured

				- Keys: the propagation, startup-load and memory scenarios above, run at %s keys of 100 bytes in
				  one context, each size in JVMs of its own. Propagation takes the sampling of the rows above (one
				  JVM per size here), so the medians compare.
				- Fan-out: %s instances watch the same context of %s keys, each on a ZooKeeper session of its
				  own, all in one JVM with the server (`FanOutScenario`). Full applications are too heavy for that
				  many in one JVM, so each instance is what its starter does with ZooKeeper, without Spring:
				  zk-config's own client layer (`ZkConfigClient`: one persistent recursive watch per context, a
				  mirror of the znodes, one read of the changed znode; the instance takes the settled changes as
				  the starter's snapshot builder does); the stock starter simulated request for request
				  (`StockInstance`: the `ConfigWatcher`'s `TreeCache` on the context and, on each of its node
				  events once the application is ready, the full reload that Spring Cloud's
				  `ContextRefresher` runs through `ZookeeperPropertySource`: `getChildren`, then `getChildren`
				  and `getData` of every znode, one after the other, synchronously, on the cache's event
				  thread; the stock application's other contexts, the rebinding and the re-creation of beans
				  are left out, so the simulation is cheaper than the real thing); the floor, a bare
				  `CuratorCache`. One key changes at a time, %s ms apart; the time from just before `setData`
				  until every instance holds the new value is measured, p50 and p99 over %s changes
				  (the stock starter: %s, each takes seconds). Against the standalone server a tenth of the
				  instances is measured first, then the rest are started and all are measured: two points on
				  the instance axis, in the same JVM.
				- Server counters are the in-process server's own, read from its JMX beans: `PacketsReceived`
				  and `PacketsSent` (`ServerStats`) from just before the write until every instance holds the
				  change (they include the write itself and the pings of idle sessions, a few per second for
				  all of them), divided by the instances; and the `DataTree`'s `WatchCount` after startup.
				  That count has one entry per path and session in each of the server's two watch tables:
				  every Curator client's ensemble tracker watches `/zookeeper/config` (1); a persistent
				  recursive watch is in one table (1); a `TreeCache` sets a data and a child watch on every
				  znode (2 per znode). zk-config also sets, once per session, a persistent watch on
				  `/zookeeper` to learn whether the server supports persistent watches, and removes it once
				  answered: so its target is 2 per instance, 1 for the context and the Curator client's own.
				  The backlog a change puts on the servers is the peak of their `OutstandingRequests`
				  (received, not yet answered; summed over the servers), sampled every millisecond from the
				  write until all instances hold the change, median over the changes. ZooKeeper counts that
				  backlog in requests: it keeps no count of the bytes outstanding, so none is reported.
				- Ensemble: the same fan-out for zk-config against three servers in the same JVM (curator-test
				  `TestingCluster`), each instance connected to the server its client picked; the share of
				  the requests each server received over the measured changes shows where the reads land
				  (writes go through the leader).
				- Many contexts: the application with the profile `dev` loads the four automatic contexts
				  plus %s explicit ones (`spring.config.import=zookeeper:,zookeeper:<host:port>/config/extra/c0;...`),
				  %s keys each. `SpringApplication.run` is the median of %s starts (the stock starter: 1), then
				  the probe key of `/config/bench` changes as in the propagation rows (the stock starter: 1
				  warm-up and %s measured changes, each a full refresh of every context). The stock starter's
				  `ConfigWatcher` takes its contexts from `spring.cloud.zookeeper.config.property-source-contexts`,
				  which each import sets, so it watches the explicit import's contexts only: the probe key that
				  changes is in one of them (`/config/extra/c0`), which both starters watch.

				### What was cut from the scale rows

				- Propagation: the stock starter at the smallest size only (each of its changes reloads the whole
				  tree: seconds at 10,000 keys and more); the floor at the largest size only.
				- Startup load: the stock starter at the largest size is given up after a cap and shown as
				  "> N s"; in the full run the floor's reader is not run at the largest size (it sends one
				  request per znode, 45 s for 100,000 keys, where zk-config batches its reads: no floor there).
				- Memory: the stock starter at the largest size is not measured (it would take that start).
				- Fan-out: in the full run the floor (a bare `CuratorCache`, which costs the server what
				  zk-config does) is not run; the stock starter measures %s change(s) after none to warm up, as
				  each takes about 20 s with 200 instances and costs the server about 2,000 requests per
				  instance; the ensemble is run for zk-config only (where reads land does not depend on the
				  starter: each client picks a server at random).
				""".formatted(table(report), LATENCY_CHART, SERVER_CHART, sizes, fanOut.values().get("instances"),
				ScalePlan.count(fanOut.intValue("keys")), fanOut.values().get("gapMillis"),
				fanOut.values().get("changes"), stockChanges(plan, Scenario.FAN_OUT), many.values().get("contexts"),
				ScalePlan.count(many.intValue("keys")), many.values().get("starts"),
				stockChanges(plan, Scenario.MANY_CONTEXTS), stockChanges(plan, Scenario.FAN_OUT));
	}

	private static String stockChanges(BenchPlan plan, Scenario scenario) {
		return plan.runs()
			.stream()
			.filter((run) -> run.scenario() == scenario && run.contender() == Contender.STOCK)
			.map((run) -> run.params().values().get("changes"))
			.findFirst()
			.orElse("-");
	}

}
