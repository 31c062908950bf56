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

	private final String classPath;

	/**
	 * Create a launcher of child JVMs.
	 * @param logDirectory where each run's output goes
	 * @param jvmOptions the options of each JVM
	 * @param classPath the class path of each JVM, this JVM's or one with the same
	 * classes
	 */
	ChildJvm(Path logDirectory, List<String> jvmOptions, String classPath) {
		this.logDirectory = logDirectory;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.classPath = classPath;
	}

	/**
	 * Start a JVM on a class path.
	 * @param jvmOptions its options
	 * @param classPath its class path
	 * @param mainClass the class to run
	 * @param arguments the arguments of its {@code main}
	 * @return the process, its error output merged into its standard output
	 * @throws IOException if it cannot be started
	 */
	static Process start(List<String> jvmOptions, String classPath, Class<?> mainClass, List<String> arguments)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(classPath);
		command.add(mainClass.getName());
		command.addAll(arguments);
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	Result run(Run run) throws IOException, InterruptedException {
		List<String> arguments = new ArrayList<>();
		arguments.add(run.scenario().id());
		arguments.add(run.contender().id());
		arguments.addAll(List.of(run.params().toArgs()));
		Files.createDirectories(this.logDirectory);
		String fork = run.params().values().getOrDefault("fork", "1");
		Path log = this.logDirectory.resolve(run.scenario().id() + "-" + run.contender().id() + "-"
				+ run.params().values().get("keys") + "-fork" + fork + ".log");
		Process process = start(this.jvmOptions, this.classPath, ScenarioMain.class, arguments);
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
