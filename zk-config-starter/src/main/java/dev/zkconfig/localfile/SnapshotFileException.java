package dev.zkconfig.localfile;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a local snapshot file cannot be used: unreadable, corrupt, truncated, or
 * the snapshot of another context.
 */
public class SnapshotFileException extends Exception {

	private final Path file;

	/**
	 * Create an exception.
	 * @param file the file
	 * @param reason what is wrong with it
	 * @param cause the cause, may be {@code null}
	 */
	public SnapshotFileException(Path file, String reason, @Nullable Throwable cause) {
		super("Local snapshot " + file + " " + reason, cause);
		this.file = file;
	}

	/**
	 * Return the file.
	 * @return the file
	 */
	public Path getFile() {
		return this.file;
	}

}
