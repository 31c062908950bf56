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
		assertThat(quick.runs()).allSatisfy((run) -> assertThat(run.params().intValue("keys"))
			.isIn(quick.keys(), quick.largeKeys()));
	}

	private static List<String> kinds(BenchPlan plan) {
		return plan.runs().stream().map((run) -> run.scenario() + "/" + run.contender()).distinct().toList();
	}

}
