package dev.zkconfig.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link Run} in a JVM of its own, on this JVM's class path, so that what one
 * contender leaves running (the stock starter's refresh storm) cannot slow the next.
 */
final class ChildJvm {

	private final Path logDirectory;

	private final List<String> jvmOptions;

	ChildJvm(Path logDirectory, List<String> jvmOptions) {
		this.logDirectory = logDirectory;
		this.jvmOptions = List.copyOf(jvmOptions);
	}

	Result run(Run run) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(ScenarioMain.class.getName());
		command.add(run.scenario().id());
		command.add(run.contender().id());
		command.addAll(List.of(run.params().toArgs()));
		Files.createDirectories(this.logDirectory);
		String fork = run.params().values().getOrDefault("fork", "1");
		Path log = this.logDirectory.resolve(run.scenario().id() + "-" + run.contender().id() + "-"
				+ run.params().values().get("keys") + "-fork" + fork + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String resultLine = null;
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter logWriter = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null) {
				logWriter.println(line);
				if (line.startsWith(Result.MARKER)) {
					resultLine = line;
				}
			}
		}
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		if (resultLine == null) {
			throw new IllegalStateException(
					"'" + run + "' produced no result (exit " + process.exitValue() + "); see " + log.toAbsolutePath());
		}
		return Result.parse(resultLine);
	}

}
