package dev.zkconfig.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.sun.management.OperatingSystemMXBean;

/**
 * Runs the benchmark: every scenario for the stock starter, zk-config and the bare
 * Curator floor, each in a JVM of its own; prints the table and writes it to
 * {@code benchmarks.md}, with the chart {@code benchmarks.png}, in the given directory.
 * Arguments: the output directory, then optionally the plan: {@code full} (the default),
 * {@code quick}, {@code smoke} or {@code scale} (see {@link BenchPlan}), followed by
 * {@code :scenario} to run only that scenario ({@code quick:targeted-refresh}): its table
 * is printed, nothing is written.
 */
public final class BenchMain {

	/** Options of each child JVM. */
	static final List<String> CHILD_JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseParallelGC", "-Djava.awt.headless=true");

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		Path output = Paths.get(args[0]).toAbsolutePath().normalize();
		String[] name = ((args.length > 1) ? args[1] : "full").split(":", 2);
		BenchPlan plan = switch (name[0]) {
			case "full" -> BenchPlan.full();
			case "quick" -> BenchPlan.quick();
			case "smoke" -> BenchPlan.smoke();
			case "scale" -> BenchPlan.scale();
			default ->
				throw new IllegalArgumentException("Unknown plan '" + name[0] + "': full, quick, smoke or scale");
		};
		if (name.length > 1) {
			plan = plan.only(Scenario.of(name[1]));
		}
		long start = System.nanoTime();
		Path logs = Paths.get("target", "bench-logs");
		String classPath = ClassDataSharing.classPath();
		List<String> options = new ArrayList<>(CHILD_JVM_OPTIONS);
		options.addAll(ClassDataSharing.train(classPath, CHILD_JVM_OPTIONS, logs));
		ChildJvm jvm = new ChildJvm(logs, options, classPath);
		run(plan, jvm::run, output);
		System.out.printf(Locale.ROOT, "[bench] %d s in all, with the CDS training%n",
				Duration.ofNanos(System.nanoTime() - start).toSeconds());
	}

	/**
	 * Run a plan and write its report.
	 * @param plan the plan
	 * @param executor how each run is executed
	 * @param output the directory to write {@code benchmarks.md} and
	 * {@code benchmarks.png}
	 * @return the report, {@code null} for a plan of the scale part alone
	 */
	static BenchReport run(BenchPlan plan, Executor executor, Path output) throws Exception {
		long start = System.nanoTime();
		BenchResults results = new BenchResults();
		for (Run run : plan.runs()) {
			long runStart = System.nanoTime();
			System.out.println("[bench] " + run + " ...");
			Result result = executor.run(run);
			results.add(run, result);
			System.out.printf(Locale.ROOT, "[bench]   %s (%.1f s)%n", figures(result),
					(System.nanoTime() - runStart) / 1e9);
		}
		Duration wall = Duration.ofNanos(System.nanoTime() - start);
		if (plan.isPartial()) {
			BenchReport partial = BenchReport.partial(plan, results);
			System.out.println(BenchMarkdown.table(partial));
			return partial;
		}
		boolean main = plan.runs().stream().anyMatch((run) -> run.scenario() == Scenario.STARTUP_REFRESHES);
		BenchReport report = main ? BenchReport.of(plan, results) : null;
		String markdown = main
				? BenchMarkdown.render(plan, report, machine(), Versions.summary(), LocalDate.now(), wall)
				: "# Benchmarks: the scale part alone\n\n- Date: %s; plan: %s; wall time of the run: %d s\n- Machine: %s\n"
					.formatted(LocalDate.now(), plan.name(), wall.toSeconds(), machine());
		Files.createDirectories(output);
		ScaleReport scale = ScaleReport.covers(plan) ? ScaleReport.of(plan, results) : null;
		if (scale != null) {
			markdown += ScaleMarkdown.render(plan, scale);
			ScaleMarkdown.writeCharts(plan, results, output);
		}
		Files.writeString(output.resolve("benchmarks.md"), markdown, StandardCharsets.UTF_8);
		if (main) {
			BenchChart.write(BenchMarkdown.chartGroups(plan, results), "zk-config vs the stock starter vs bare Curator",
					output.resolve("benchmarks.png"));
			System.out.println();
			System.out.println(BenchMarkdown.table(report));
		}
		if (scale != null) {
			System.out.println(ScaleMarkdown.table(scale));
		}
		System.out.printf(Locale.ROOT, "[bench] %d runs in %d s; wrote %s%n", plan.runs().size(), wall.toSeconds(),
				output.resolve("benchmarks.md"));
		return report;
	}

	/** A result's figures without its sample lists, which only the log keeps. */
	private static Map<String, String> figures(Result result) {
		Map<String, String> figures = new TreeMap<>(result.values());
		figures.values().removeIf((value) -> value.contains(","));
		return figures;
	}

	static String machine() {
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return String.format(Locale.ROOT, "%d cores, %.0f GB RAM, %s %s, Java %s (%s)",
				Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9,
				System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
				System.getProperty("java.vm.name"));
	}

	/** Executes one run. */
	@FunctionalInterface
	interface Executor {

		Result run(Run run) throws Exception;

	}

}
