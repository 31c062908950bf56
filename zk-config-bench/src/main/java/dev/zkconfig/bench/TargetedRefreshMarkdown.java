package dev.zkconfig.bench;

import java.util.List;

/**
 * The section of the report that says how the targeted-refresh rows are measured
 * ({@link TargetedRefreshScenario}), with the sampling of the plan that ran them.
 */
final class TargetedRefreshMarkdown {

	private TargetedRefreshMarkdown() {
	}

	/**
	 * Return the section, empty if the plan does not run the scenario.
	 * @param plan the plan of the run
	 */
	static String section(BenchPlan plan) {
		List<Run> runs = plan.runs().stream().filter((run) -> run.scenario() == Scenario.TARGETED_REFRESH).toList();
		if (runs.isEmpty()) {
			return "";
		}
		Params ours = params(runs, Contender.OURS);
		Params stock = params(runs, Contender.STOCK);
		return """

				## Refreshing only what a change touches: %d `@RefreshScope` beans

				The rows starting with "Targeted refresh" run `TargetedRefreshApplication`: %d `@RefreshScope`
				beans, each reading its own key (`readers.r<n>`) through a `@Value` parameter of its `@Bean`
				method, and %d `@Value` fields (`values.v<n>`, one key each) in four ordinary singletons, on the
				benchmark tree of %,d keys plus those %d. *Targeted* is zk-config's default
				(`zkconfig.refresh.mode=targeted`): a change re-creates only the `@RefreshScope` beans that read a
				changed key, each created before its old instance is destroyed, and updates the `@Value` fields that
				read it in place; the other beans keep their instances. With `zkconfig.refresh.mode=all` (its figures
				are in the ratio column) zk-config refreshes every `@RefreshScope` bean, as Spring Cloud's
				`refreshAll()` does, so each is created again on its next use; the stock starter reloads the whole
				tree and refreshes every bean on every change, and never updates a `@Value` field of a singleton.

				- Each contender runs in %s. Changes alternate between two keys: `readers.r%d`, read by the
				  bean `reader%d` only, and `values.v%d`, read by one `@Value` field only (the stock starter changes
				  the bean's key only). zk-config and the floor make %s warm-up pairs of changes and %s measured
				  ones, the stock starter %s and %s; changes are %s ms apart, after the previous round has
				  completed.
				- Propagation: from just before `setData` until the bean, called through its scoped proxy as the
				  application calls it (`context.getBean("reader%d")`), returns the new value, or until the field
				  holds it; the floor: until a bare `CuratorCache` holds the new value of the same znode. The target
				  is targeted propagation of the bean's key within %.1fx of the floor's.
				- CPU per change: the CPU time of every thread of the process from just before `setData` until the
				  round has completed (zk-config's `ZkConfigChangeEvent`, the stock refresh's
				  `RefreshScopeRefreshedEvent`) and zk-config has written its local snapshot file (which it does
				  after the round), less the measuring thread's polling, plus the measuring thread's
				  call that saw the new value (with `mode=all` and the stock starter the bean is created in that
				  call) and one call to each of the %d beans after the change, as an application in use makes: a
				  refresh that destroyed every bean pays for creating them there. The beans created per change are
				  counted; with targeted refresh every change of the bean's key must create exactly one, and a
				  change of the `@Value` key none, or the run fails.
				""".formatted(TargetedRefreshApplication.READERS, TargetedRefreshApplication.READERS,
				TargetedRefreshApplication.VALUE_FIELDS, plan.keys(),
				TargetedRefreshApplication.READERS + TargetedRefreshApplication.VALUE_FIELDS, jvms(runs),
				TargetedRefreshScenario.READER, TargetedRefreshScenario.READER, TargetedRefreshScenario.VALUE_FIELD,
				ours.values().get("warmup"), ours.values().get("changes"), stock.values().get("warmup"),
				stock.values().get("changes"), ours.values().get("gapMillis"), TargetedRefreshScenario.READER,
				TargetedRefreshRows.TARGET_RATIO_TO_FLOOR, TargetedRefreshApplication.READERS);
	}

	/** In how many JVMs each contender runs, and that their samples are pooled. */
	private static String jvms(List<Run> runs) {
		long forks = runs.stream().filter((run) -> run.contender() == Contender.OURS).count();
		return BenchMarkdown.jvms(forks) + ((forks > 1) ? ", their samples pooled" : "");
	}

	private static Params params(List<Run> runs, Contender contender) {
		return runs.stream()
			.filter((run) -> run.contender() == contender)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No targeted-refresh run for " + contender))
			.params();
	}

}
