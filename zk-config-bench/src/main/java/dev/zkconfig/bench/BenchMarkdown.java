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
		table.append("| Scenario | Stock starter | zk-config | zk-config, guard off | Curator floor | Ratio | Target"
				+ " | Met |\n");
		table.append("|---|---:|---:|---:|---:|---|---|---|\n");
		for (BenchReport.Row row : report.rows()) {
			table.append("| ")
				.append(String.join(" | ", row.scenario(), row.stock(), row.ours(), row.oursGuardOff(), row.floor(),
						row.ratio(), row.target(), row.metText()))
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
				  starter's refresh storms cannot slow the next measurement. The JVMs map a class data sharing
				  archive that one training JVM, which runs every contender once on a small tree, dumped
				  beforehand (as Spring Boot documents for faster starts). Both starters run the same
				  application (`BenchApplication`: a `@RefreshScope` bean with a `@Value` field and a
				  `@ConfigurationProperties` bean) on the same class path; the stock contender is that
				  application with `zkconfig.enabled=false`. zk-config runs with its defaults, so with its guard
				  (every change is checked against the beans that read it before it is accepted); in the
				  propagation rows it runs a second time with `zkconfig.guard.enabled=false`. The floor is bare
				  Curator without Spring.
				- The tree is `/config/bench` with %,d keys of 100-byte values (%,d for the startup-load and
				  memory rows) plus the probe key `probe.value`.
				- Propagation: time from just before `setData` until the `@RefreshScope` bean's getter returns
				  the new value (the floor: until a `CuratorCache` on a session of its own holds it, as the
				  applications have their own session apart from the writer's), polled every 10 us with
				  `LockSupport.parkNanos`.
				  %s
				  p50 and p95 are over the pooled samples. zk-config and the floor do little work per change:
				  a hundred warm-up changes get their code compiled, not all of it by the JIT's last tier (in
				  trial runs zk-config's own steps took about half as long after 3,000 changes), which is nearer
				  to an application that sees a change now and then; each stock change loads the whole tree,
				  thousands of passes through the same code, so a few warm it up (in trial runs its median showed
				  no trend between 2 and 50 warm-up changes). Changes are 150 ms apart, so each is isolated
				  (zk-config applies an isolated change at once; a change sooner than
				  `zkconfig.refresh.coalesce-window`, 100 ms, after the previous round started waits for it). CPU
				  per change is the CPU time of the whole process (application, Curator, the in-process ZooKeeper
				  server) from just before `setData` until the refresh has completed, less the polling
				  thread's own.
				- Propagation after the write's ack: the same changes, timed from the moment `setData` returned.
				  The server sends the watch notifications just before its reply to the writer, so this leaves
				  out its commit (the transaction log write), which is the same work for every contender and the
				  noisiest part of the whole: what remains is the client's read and what the starter does.
				- Guard cost: zk-config's propagation p50 after the ack with its guard less the same without it,
				  two sets of JVMs taking turns, with a 95%% bootstrap interval of that difference over the pooled
				  samples; the same difference of the p50s from before `setData` is shown next to it, noisier by
				  the server's commit. Each change concerns exactly one bean: the probe key is read by the
				  `@RefreshScope` bean's `@Value` and by no `@ConfigurationProperties` bean (that one binds
				  `app.*`), so the guard resolves and converts one `@Value` and binds nothing. Every zk-config
				  run checks this with zk-config's own indexes (`KeyIndex`, `ConfigurationPropertiesIndex`) and
				  fails if the change concerns any other number of beans. The guard's cost in CPU is the
				  difference of the two CPU medians, with its interval the same way.
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

				## What was cut to stay under 15 minutes

				- The stock starter's startup storm (one full refresh per znode event after startup, about one
				  per znode) does not settle in the window: it is reported as the count within the window, marked
				  capped. In the propagation and burst rows it is kept out by holding startup until the stock
				  watcher's initial events have passed (Spring Cloud ignores refresh requests until the application
				  is ready), so those rows measure the change itself.
				- zk-config without its guard is measured in the propagation rows only: the burst, startup-load
				  and memory rows measure zk-config as it ships.
				- The stock starter gets fewer propagation samples (see above) and a smaller burst (200
				  writes instead of 1,000), observed for at most 40 s; when its final values are not visible by
				  then, the row says so and counts the refreshes done within the cap.
				- No JMH: every target is a whole-application figure, so they are plain timed runs with warm-up
				  and medians.
				""".formatted(date, plan.name(), wall.toSeconds(), machine, versions, table(report), plan.keys(),
				plan.largeKeys(), propagationSampling(plan)) + TargetedRefreshMarkdown.section(plan);
	}

	/**
	 * How many JVMs and changes the plan's propagation runs take, from the runs
	 * themselves.
	 */
	static String propagationSampling(BenchPlan plan) {
		// the scale part runs propagation at other sizes too, in JVMs of their own
		List<Run> runs = plan.runs()
			.stream()
			.filter((run) -> run.scenario() == Scenario.PROPAGATION && run.params().intValue("keys") == plan.keys())
			.toList();
		long forks = runs.stream().filter((run) -> run.contender() == Contender.OURS).count();
		Params ours = sampling(runs, Contender.OURS);
		Params stock = sampling(runs, Contender.STOCK);
		return String.format(Locale.ROOT,
				"Each contender runs in %s; in each, zk-config (guard on and off) and the floor"
						+ " make %s warm-up changes and %s measured ones, the stock starter %s and %s.",
				jvms(forks), ours.values().get("warmup"), ours.values().get("changes"), stock.values().get("warmup"),
				stock.values().get("changes"));
	}

	/**
	 * Say in how many JVMs each contender runs.
	 * @param forks the number of JVMs
	 * @return for example {@code one JVM} or {@code 3 JVMs, taking turns}
	 */
	static String jvms(long forks) {
		return (forks == 1) ? "one JVM" : forks + " JVMs, taking turns";
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
		Result offProp = results.get(Scenario.PROPAGATION, Contender.OURS_GUARD_OFF, plan.keys());
		Result floorProp = results.get(Scenario.PROPAGATION, Contender.FLOOR, plan.keys());
		Result stockBurst = results.get(Scenario.BURST, Contender.STOCK, plan.keys());
		Result oursBurst = results.get(Scenario.BURST, Contender.OURS, plan.keys());
		Result floorBurst = results.get(Scenario.BURST, Contender.FLOOR, plan.keys());
		Result stockLoad = results.get(Scenario.STARTUP_LOAD, Contender.STOCK, plan.largeKeys());
		Result oursLoad = results.get(Scenario.STARTUP_LOAD, Contender.OURS, plan.largeKeys());
		Result floorLoad = results.get(Scenario.STARTUP_LOAD, Contender.FLOOR, plan.largeKeys());
		return List.of(group("Propagation p50", stockProp, oursProp, offProp, floorProp, "p50Ms", false),
				group("Propagation p95", stockProp, oursProp, offProp, floorProp, "p95Ms", false),
				group("CPU per change", stockProp, oursProp, offProp, floorProp, "cpuPerChangeMs", false),
				group("Burst: last ack to visible", stockBurst, oursBurst, null, floorBurst, "visibleAfterLastAckMs",
						!Boolean.parseBoolean(stockBurst.get("allVisible"))),
				group(String.format(java.util.Locale.ROOT, "Startup load, %,d keys", plan.largeKeys()), stockLoad,
						oursLoad, null, floorLoad, "loadMs", false));
	}

	/**
	 * A group of bars in {@link BenchChart#NAMES} order; {@code guardOff} is {@code null}
	 * where it was not run.
	 */
	private static BenchChart.Group group(String label, Result stock, Result ours, Result guardOff, Result floor,
			String figure, boolean stockCapped) {
		double off = (guardOff != null) ? guardOff.number(figure) : Double.NaN;
		return new BenchChart.Group(label,
				new double[] { stock.number(figure), ours.number(figure), off, floor.number(figure) }, stockCapped);
	}

}
