package dev.zkconfig.localfile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.zkconfig.snapshot.ConfigSnapshot;
import dev.zkconfig.support.Durations;
import org.apache.commons.logging.Log;

import org.springframework.util.PatternMatchUtils;

/**
 * Where an application keeps the local snapshots of its configuration contexts: one file
 * per context in a directory of its own, without the keys it must never write.
 */
public final class LocalSnapshots {

	private final Path directory;

	private final List<String> excluded;

	/**
	 * Create the local snapshots of an application.
	 * @param directory the directory of its files
	 * @param excluded patterns of keys never written ({@code *} matches any characters,
	 * for example {@code *.password})
	 */
	public LocalSnapshots(Path directory, List<String> excluded) {
		this.directory = directory;
		this.excluded = List.copyOf(excluded);
	}

	/**
	 * Return the default directory of an application's snapshots:
	 * {@code .zkconfig/<name>} in the user's home.
	 * @param applicationName the application's name
	 * @return the directory
	 */
	public static Path defaultDirectory(String applicationName) {
		return Path.of(System.getProperty("user.home"), ".zkconfig", applicationName);
	}

	/**
	 * Return the directory of the snapshots.
	 * @return the directory
	 */
	public Path getDirectory() {
		return this.directory;
	}

	/**
	 * Return the file of a context's snapshot.
	 * @param contextPath the context's znode path
	 * @return the file
	 */
	public Path fileOf(String contextPath) {
		String name = contextPath.startsWith("/") ? contextPath.substring(1) : contextPath;
		return this.directory.resolve(URLEncoder.encode(name, StandardCharsets.UTF_8) + ".json");
	}

	/**
	 * Whether a key is never written.
	 * @param key the key
	 * @return {@code true} if it matches an excluded pattern
	 */
	public boolean isExcluded(String key) {
		return !this.excluded.isEmpty() && PatternMatchUtils.simpleMatch(this.excluded.toArray(String[]::new), key);
	}

	/**
	 * Read a context's snapshot, if there is a usable one; a file that cannot be used is
	 * reported and ignored.
	 * @param contextPath the context's znode path
	 * @param logger where to report what was found
	 * @return the snapshot, or empty
	 */
	public Optional<ConfigSnapshot> read(String contextPath, Log logger) {
		Path file = fileOf(contextPath);
		if (!Files.exists(file)) {
			logger.warn("No local snapshot of ZooKeeper context " + contextPath + " at " + file
					+ ": starting without its configuration");
			return Optional.empty();
		}
		try {
			ConfigSnapshot snapshot = SnapshotFile.read(file, contextPath);
			logger.warn("Serving ZooKeeper context " + contextPath + " from the local snapshot " + file + " of "
					+ snapshot.getAcceptedAt() + " (" + age(snapshot.getAcceptedAt()) + " old, zxid 0x"
					+ Long.toHexString(snapshot.getZxid()) + ") until ZooKeeper can be reached");
			return Optional.of(snapshot);
		}
		catch (SnapshotFileException ex) {
			logger.warn(ex.getMessage() + ": ignored; starting without the configuration of context " + contextPath);
			return Optional.empty();
		}
	}

	private static String age(Instant time) {
		return Durations.describeAge(Duration.between(time, Instant.now()));
	}

}
