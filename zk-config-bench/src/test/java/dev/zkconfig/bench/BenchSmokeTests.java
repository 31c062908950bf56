package dev.zkconfig.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every scenario with tiny sizes so that the benchmark code cannot rot. Asserts only
 * that each run produces a well-formed result; figures belong to the benchmark itself.
 */
class BenchSmokeTests {

	@Test
	void everyScenarioProducesAWellFormedReport(@TempDir Path output) throws Exception {
		BenchPlan plan = BenchPlan.smoke();
		BenchReport report = BenchMain.run(plan, (run) -> run.scenario().run(run.contender(), run.params()), output);
		assertThat(report.rows()).hasSizeGreaterThanOrEqualTo(10);
		for (BenchReport.Row row : report.rows()) {
			if (row.scenario().startsWith(TargetedRefreshRows.PREFIX)) {
				// the stock starter never updates a @Value field: its cells say so
				assertThat(row.ours()).as(row.scenario()).matches("[0-9][0-9.,]*");
				assertThat(row.floor()).as(row.scenario()).matches("[0-9][0-9.,]*");
				assertThat(row.ratio()).as(row.scenario()).startsWith("mode=all ");
			}
			else if (row.scenario().startsWith("Guard cost")) {
				// a difference of two measurements: at tiny sizes it may well come out
				// negative
				assertThat(row.ours()).as(row.scenario()).matches("-?[0-9][0-9.,]*");
				assertThat(row.stock()).as(row.scenario()).isEqualTo("-");
			}
			else {
				assertThat(row.ours()).as(row.scenario()).matches("[0-9][0-9.,]*( .*)?");
				assertThat(row.stock()).as(row.scenario()).matches("[0-9>][0-9.,]*( .*)?|> .*");
			}
		}
		assertThat(report.rows()).filteredOn((row) -> row.scenario().startsWith("Propagation"))
			.hasSize(3)
			.allSatisfy((row) -> assertThat(row.oursGuardOff()).matches("[0-9][0-9.,]*"));
		assertThat(report.rows()).filteredOn((row) -> row.scenario().startsWith("Guard cost at p50"))
			.singleElement()
			.satisfies((row) -> assertThat(row.scenario()).contains("concerning 1 bean:"));
		assertThat(report.rows()).filteredOn((row) -> row.scenario().startsWith(TargetedRefreshRows.PREFIX)).hasSize(5);
		assertThat(Files.readString(output.resolve("benchmarks.md"))).contains("| Scenario |", "Propagation p50",
				"zk-config, guard off", "Guard cost", "Targeted refresh", "## Refreshing only what a change touches");
		assertThat(Files.size(output.resolve("benchmarks.png"))).isPositive();
		String scale = Files.readString(output.resolve("benchmarks.md"));
		scale = scale.substring(scale.indexOf("## Scale"));
		assertThat(scale).contains("| Scale |", "Propagation p50, 80 keys", "Startup load, 80 keys", "Memory, 80 keys",
				"Fan-out, 3 instances", "Fan-out (3-server ensemble)", "share of the requests each server received",
				"Many contexts");
		for (String line : scale.lines()
			.filter((line) -> line.startsWith("| ") && !line.startsWith("| Scale"))
			.toList()) {
			String ours = line.split(" \\| ")[2];
			assertThat(ours).as(line).matches("(< )?[0-9][0-9.,]*( .*)?|server .*");
		}
		assertThat(Files.size(output.resolve(ScaleMarkdown.LATENCY_CHART))).isPositive();
		assertThat(Files.size(output.resolve(ScaleMarkdown.SERVER_CHART))).isPositive();
	}

	@Test
	void aPlanOfOneScenarioRunsOnlyIt() {
		BenchPlan plan = BenchPlan.quick().only(Scenario.TARGETED_REFRESH);
		assertThat(plan.name()).isEqualTo("quick:targeted-refresh");
		assertThat(plan.isPartial()).isTrue();
		assertThat(plan.runs()).extracting(Run::scenario).containsOnly(Scenario.TARGETED_REFRESH);
		assertThat(plan.runs()).extracting(Run::contender)
			.containsExactly(Contender.STOCK, Contender.OURS, Contender.OURS_REFRESH_ALL, Contender.FLOOR);
		assertThat(BenchPlan.quick().isPartial()).isFalse();
	}

	@Test
	void contenderIdsPassUnchangedOnAChildJvmsCommandLine() {
		for (Contender contender : Contender.values()) {
			assertThat(contender.id()).matches("[a-z-]+");
			assertThat(Contender.of(contender.id())).isEqualTo(contender);
		}
	}

	@Test
	void childJvmReportsItsResultOnOneLine(@TempDir Path logs) throws Exception {
		Run run = new Run(Scenario.PROPAGATION, Contender.FLOOR,
				Params.of("keys=5", "warmup=0", "changes=2", "gapMillis=1"));
		Result result = new ChildJvm(logs, BenchMain.CHILD_JVM_OPTIONS, System.getProperty("java.class.path")).run(run);
		assertThat(result.number("p50Ms")).isPositive();
		assertThat(result.number("changes")).isEqualTo(2);
		assertThat(List.of(logs.toFile().list())).hasSize(1);
	}

}
