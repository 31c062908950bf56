package dev.zkconfig.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A class data sharing (CDS) archive for the benchmark's JVMs, as Spring Boot documents
 * for faster starts: one training JVM runs the propagation scenario of the stock starter,
 * zk-config and the floor on a small tree and dumps the classes it loaded when it exits
 * ({@code -XX:ArchiveClassesAtExit}); every run's JVM maps them
 * ({@code -XX:SharedArchiveFile}), which takes about half a second of class loading off
 * each start, alike for every contender.
 * <p>
 * CDS takes classes from JAR files only: the runs' class path has the benchmark's jar in
 * place of its classes directory. With another directory on it, or without the jar, there
 * is no archive and the runs start as before.
 */
final class ClassDataSharing {

	/** The system property naming the benchmark's jar. */
	static final String JAR_PROPERTY = "bench.jar";

	private ClassDataSharing() {
	}

	/**
	 * Return the class path of the runs: this JVM's, with the benchmark's jar in place of
	 * the classes directory beside it.
	 * @return the class path
	 */
	static String classPath() {
		String jarName = System.getProperty(JAR_PROPERTY);
		String classPath = System.getProperty("java.class.path");
		if (jarName == null || !Files.isRegularFile(Paths.get(jarName))) {
			return classPath;
		}
		Path jar = Paths.get(jarName).toAbsolutePath();
		List<String> entries = new ArrayList<>();
		for (String entry : classPath.split(File.pathSeparator)) {
			Path path = Paths.get(entry).toAbsolutePath();
			boolean classesOfTheJar = Files.isDirectory(path) && Objects.equals(path.getParent(), jar.getParent());
			entries.add(classesOfTheJar ? jar.toString() : entry);
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * Train an archive and return the options that map it.
	 * @param classPath the class path of the runs
	 * @param jvmOptions the other options of the runs
	 * @param directory where to write the archive and the training's log
	 * @return the options, empty if there is no archive
	 */
	static List<String> train(String classPath, List<String> jvmOptions, Path directory)
			throws IOException, InterruptedException {
		for (String entry : classPath.split(File.pathSeparator)) {
			if (Files.isDirectory(Paths.get(entry))) {
				System.out.println("[bench] no CDS archive: the class path holds the directory " + entry);
				return List.of();
			}
		}
		Files.createDirectories(directory);
		Path archive = directory.resolve("bench-cds.jsa").toAbsolutePath();
		Files.deleteIfExists(archive);
		long start = System.nanoTime();
		List<String> options = new ArrayList<>(jvmOptions);
		options.add("-XX:ArchiveClassesAtExit=" + archive);
		Process training = ChildJvm.start(options, classPath, ClassDataSharing.class, List.of());
		Files.copy(training.getInputStream(), directory.resolve("cds-training.log"),
				StandardCopyOption.REPLACE_EXISTING);
		if (!training.waitFor(120, TimeUnit.SECONDS)) {
			training.destroyForcibly();
		}
		if (training.exitValue() != 0 || !Files.isRegularFile(archive)) {
			System.out
				.println("[bench] no CDS archive: its training failed; see " + directory.resolve("cds-training.log"));
			return List.of();
		}
		System.out.printf(Locale.ROOT, "[bench] trained a CDS archive of the runs' classes in %.1f s%n",
				(System.nanoTime() - start) / 1e9);
		return List.of("-XX:SharedArchiveFile=" + archive);
	}

	/**
	 * The training: one small propagation run of each contender kind (zk-config's other
	 * settings load the same classes).
	 * @param args none
	 */
	public static void main(String[] args) throws Exception {
		for (Contender contender : List.of(Contender.STOCK, Contender.OURS, Contender.FLOOR)) {
			Scenario.PROPAGATION.run(contender,
					Params.of("keys=20", "fork=1", "warmup=0", "changes=1", "gapMillis=10"));
		}
		// the stock starter's watcher may still be refreshing on non-daemon threads
		System.exit(0);
	}

}
