package dev.zkconfig.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run's report as Markdown, and picks the figures of its chart.
 */
final class BenchMarkdown {

	private BenchMarkdown() {
	}

	static String table(BenchReport report) {
		StringBuilder table = new StringBuilder();
		table.append("| Scenario | Stock starter | zk-config | Curator floor | Ratio | Target | Met |\n");
		table.append("|---|---:|---:|---:|---|---|---|\n");
		for (BenchReport.Row row : report.rows()) {
			table.append("| ")
				.append(String.join(" | ", row.scenario(), row.stock(), row.ours(), row.floor(), row.ratio(),
						row.target(), row.metText()))
				.append(" |\n");
		}
		return table.toString();
	}

	static String render(BenchPlan plan, BenchReport report, String machine, String versions, LocalDate date,
			Duration wall) {
		return """
				# Benchmarks

				zk-config against the stock starter (Spring Cloud Zookeeper Config) and the floor of bare
				Curator, measured in one run by `mvn -B -pl zk-config-bench -am -Pbench -DskipTests verify`.

				- Date: %s; plan: %s; wall time of the run: %d s
				- Machine: %s
				- Versions: %s

				%s
				![Key latencies, log scale](benchmarks.png)

				## How it is measured

				- Every scenario runs for each contender in a JVM of its own (`-Xmx1g -XX:+UseParallelGC`), with a
				  fresh in-process ZooKeeper server (curator-test `TestingServer`) in that JVM, so that the stock
				  starter's refresh storms cannot slow the next measurement. Both starters run the same
				  application (`BenchApplication`: a `@RefreshScope` bean with a `@Value` field and a
				  `@ConfigurationProperties` bean) on the same class path; the stock contender is that
				  application with `zkconfig.enabled=false`. The floor is bare Curator without Spring.
				- The tree is `/config/bench` with %,d keys of 100-byte values (%,d for the startup-load and
				  memory rows) plus the probe key `probe.value`.
				- Propagation: time from just before `setData` until the `@RefreshScope` bean's getter returns
				  the new value (the floor: until a `CuratorCache` on a session of its own holds it, as the
				  applications have their own session apart from the writer's), polled every 10 us with
				  `LockSupport.parkNanos`.
				  %s
				  p50 and p95 are over the pooled samples. zk-config and the floor do little work per change,
				  so their code needs about a hundred changes before the JIT has compiled it; each stock
				  change loads the whole tree, thousands of passes through the same code, so a few warm it up
				  (in trial runs its median showed no trend between 2 and 50 warm-up changes). Changes are
				  150 ms apart, so each is isolated (zk-config applies an isolated change at once; a change
				  within `zkconfig.refresh.coalesce-window`, 100 ms, of the previous refresh is batched). CPU per
				  change is the CPU time of the whole process (application, Curator, the in-process ZooKeeper
				  server) from just before `setData` until the refresh has completed, less the polling
				  thread's own.
				- Startup refreshes: `@RefreshScope` refreshes (`RefreshScopeRefreshedEvent`s) from startup to the
				  end of a fixed window after `SpringApplication.run` returned, nothing written meanwhile.
				- Burst: synchronous writes to distinct keys, back to back, the probe key last; then the time from
				  the last write's acknowledgement until every written key shows its final value (the probe through
				  the `@RefreshScope` bean, the others through the `Environment`), and the refreshes it took.
				  zk-config's last batch waits for what is left of the coalescing window (100 ms) of the batch
				  before it, so this figure varies with where the last write falls in that window.
				- Startup load: `SpringApplication.run` on the tree, minus the same start on a tree without the
				  keys (medians of 3 runs after 1 warm-up run, in one JVM). The floor reads the same tree with
				  pipelined asynchronous `getChildren`/`getData` calls on a connected Curator client.
				- Memory: JOL's `GraphLayout.totalSize()` of zk-config's data for the context (the accepted
				  snapshot the property source serves and the mirror of the znodes it is built from) and of the
				  stock `ZookeeperPropertySource`'s property map, against the bytes of the values (and of the
				  values and keys).

				## What was cut to stay under 10 minutes

				- The stock starter's startup storm (one full refresh per znode event after startup, about one
				  per znode) does not settle in the window: it is reported as the count within the window, marked
				  capped. In the propagation and burst rows it is kept out by holding startup until the stock
				  watcher's initial events have passed (Spring Cloud ignores refresh requests until the application
				  is ready), so those rows measure the change itself.
				- The stock starter gets fewer propagation samples (see above) and a smaller burst (200
				  writes instead of 1,000), observed for at most 40 s; when its final values are not visible by
				  then, the row says so and counts the refreshes done within the cap.
				- No JMH: every target is a whole-application figure, so they are plain timed runs with warm-up
				  and medians.
				""".formatted(date, plan.name(), wall.toSeconds(), machine, versions, table(report), plan.keys(),
				plan.largeKeys(), propagationSampling(plan));
	}

	/** How many JVMs and changes the plan's propagation runs take, from the runs themselves. */
	static String propagationSampling(BenchPlan plan) {
		List<Run> runs = plan.runs().stream().filter((run) -> run.scenario() == Scenario.PROPAGATION).toList();
		long forks = runs.stream().filter((run) -> run.contender() == Contender.OURS).count();
		Params ours = sampling(runs, Contender.OURS);
		Params stock = sampling(runs, Contender.STOCK);
		return String.format(Locale.ROOT,
				"Each contender runs in %d JVMs, taking turns; in each, zk-config and the floor make %s warm-up"
						+ " changes and %s measured ones, the stock starter %s and %s.",
				forks, ours.values().get("warmup"), ours.values().get("changes"), stock.values().get("warmup"),
				stock.values().get("changes"));
	}

	private static Params sampling(List<Run> runs, Contender contender) {
		return runs.stream()
			.filter((run) -> run.contender() == contender)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No propagation run for " + contender))
			.params();
	}

	static List<BenchChart.Group> chartGroups(BenchPlan plan, BenchResults results) {
		Result stockProp = results.get(Scenario.PROPAGATION, Contender.STOCK, plan.keys());
		Result oursProp = results.get(Scenario.PROPAGATION, Contender.OURS, plan.keys());
		Result floorProp = results.get(Scenario.PROPAGATION, Contender.FLOOR, plan.keys());
		Result stockBurst = results.get(Scenario.BURST, Contender.STOCK, plan.keys());
		Result oursBurst = results.get(Scenario.BURST, Contender.OURS, plan.keys());
		Result floorBurst = results.get(Scenario.BURST, Contender.FLOOR, plan.keys());
		Result stockLoad = results.get(Scenario.STARTUP_LOAD, Contender.STOCK, plan.largeKeys());
		Result oursLoad = results.get(Scenario.STARTUP_LOAD, Contender.OURS, plan.largeKeys());
		Result floorLoad = results.get(Scenario.STARTUP_LOAD, Contender.FLOOR, plan.largeKeys());
		return List.of(
				group("Propagation p50", stockProp, oursProp, floorProp, "p50Ms", false),
				group("Propagation p95", stockProp, oursProp, floorProp, "p95Ms", false),
				group("CPU per change", stockProp, oursProp, floorProp, "cpuPerChangeMs", false),
				group("Burst: last ack to visible", stockBurst, oursBurst, floorBurst, "visibleAfterLastAckMs",
						!Boolean.parseBoolean(stockBurst.get("allVisible"))),
				group(String.format(java.util.Locale.ROOT, "Startup load, %,d keys", plan.largeKeys()), stockLoad,
						oursLoad, floorLoad, "loadMs", false));
	}

	private static BenchChart.Group group(String label, Result stock, Result ours, Result floor, String figure,
			boolean stockCapped) {
		return new BenchChart.Group(label,
				new double[] { stock.number(figure), ours.number(figure), floor.number(figure) }, stockCapped);
	}

}
