package dev.zkconfig.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smaller plans measure what the full one does, so their reports have every row.
 */
class BenchPlanTests {

	@Test
	void quickPlanRunsEveryScenarioAndContenderOfTheFullPlanAtATenthOfItsSizes() {
		BenchPlan full = BenchPlan.full();
		BenchPlan quick = BenchPlan.quick();
		assertThat(kinds(quick)).containsExactlyInAnyOrderElementsOf(kinds(full));
		assertThat(quick.keys()).isEqualTo(full.keys() / 10);
		assertThat(quick.largeKeys()).isEqualTo(full.largeKeys() / 10);
		ScalePlan scale = ScalePlan.quick();
		assertThat(quick.runs()).allSatisfy((run) -> assertThat(run.params().intValue("keys")).isIn(quick.keys(),
				quick.largeKeys(), scale.largest(), scale.fanOutKeys(), scale.contextKeys()));
	}

	@Test
	void theMethodSaysHowManyJvmsTheRowsPool() {
		BenchPlan full = BenchPlan.full();
		// the scale part's propagation runs at other sizes are not the rows' JVMs
		assertThat(BenchMarkdown.propagationSampling(full)).startsWith("Each contender runs in 3 JVMs, taking turns");
		assertThat(TargetedRefreshMarkdown.section(full))
			.contains("Each contender runs in 3 JVMs, taking turns, their samples pooled.");
		assertThat(BenchMarkdown.propagationSampling(BenchPlan.quick())).startsWith("Each contender runs in one JVM;");
		assertThat(TargetedRefreshMarkdown.section(BenchPlan.quick())).contains("Each contender runs in one JVM.");
	}

	@Test
	void scalePlanRunsOnlyTheScalePart() {
		BenchPlan scale = BenchPlan.scale();
		assertThat(scale.runs()).noneMatch((run) -> run.scenario() == Scenario.STARTUP_REFRESHES);
		assertThat(ScaleReport.keySizes(scale)).containsExactly(1_000, 10_000, 100_000);
	}

	private static List<String> kinds(BenchPlan plan) {
		return plan.runs().stream().map((run) -> run.scenario() + "/" + run.contender()).distinct().toList();
	}

}
