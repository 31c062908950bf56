package dev.zkconfig.localfile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zkconfig.snapshot.ConfigSnapshot;

/**
 * The file format of a local snapshot: the accepted configuration of one context as JSON,
 * with the context path, the zxid and time it reflects, and a SHA-256 checksum of all of
 * it. Written atomically (a temporary file in the same directory, forced to disk, then
 * renamed over the old one) and readable by its owner only.
 */
public final class SnapshotFile {

	/** The format's name and version, the first field of every file. */
	static final String FORMAT = "zk-config snapshot 1";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private SnapshotFile() {
	}

	/**
	 * Write a snapshot.
	 * @param file the file to write
	 * @param snapshot the snapshot
	 * @param excluded keys never to write
	 * @throws IOException if the file cannot be written
	 */
	public static void write(Path file, ConfigSnapshot snapshot, Predicate<String> excluded) throws IOException {
		Map<String, String> properties = new TreeMap<>();
		snapshot.getProperties().forEach((key, value) -> {
			if (!excluded.test(key)) {
				properties.put(key, value);
			}
		});
		Map<String, String> origins = new TreeMap<>(snapshot.getOrigins());
		origins.keySet().retainAll(properties.keySet());
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("format", FORMAT);
		content.put("context", snapshot.getContextPath());
		content.put("zxid", snapshot.getZxid());
		content.put("acceptedAt", snapshot.getAcceptedAt().toString());
		content.put("properties", properties);
		content.put("origins", origins);
		content.put("sha256", checksum(snapshot.getContextPath(), snapshot.getZxid(),
				snapshot.getAcceptedAt().toString(), properties, origins));
		writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
	}

	/**
	 * Read a snapshot, checking that it is whole and belongs to the context.
	 * @param file the file
	 * @param contextPath the context the snapshot must belong to
	 * @return the snapshot, with origin {@link ConfigSnapshot.Origin#LOCAL_FILE}
	 * @throws SnapshotFileException if it cannot be used
	 */
	public static ConfigSnapshot read(Path file, String contextPath) throws SnapshotFileException {
		JsonNode content;
		try {
			content = JSON.readTree(Files.readAllBytes(file));
		}
		catch (JsonProcessingException ex) {
			throw new SnapshotFileException(file, "is corrupt or truncated (" + ex.getOriginalMessage() + ")", ex);
		}
		catch (IOException ex) {
			throw new SnapshotFileException(file, "cannot be read: " + ex, ex);
		}
		if (content == null || !FORMAT.equals(content.path("format").asText())) {
			throw new SnapshotFileException(file, "is not a zk-config snapshot", null);
		}
		String context = content.path("context").asText();
		if (!contextPath.equals(context)) {
			throw new SnapshotFileException(file, "belongs to context '" + context + "', not '" + contextPath + "'",
					null);
		}
		long zxid = content.path("zxid").asLong();
		String acceptedAt = content.path("acceptedAt").asText();
		Map<String, String> properties = strings(content.path("properties"));
		Map<String, String> origins = strings(content.path("origins"));
		if (!checksum(context, zxid, acceptedAt, properties, origins).equals(content.path("sha256").asText())) {
			throw new SnapshotFileException(file, "is corrupt: its checksum does not match its content", null);
		}
		try {
			return new ConfigSnapshot(context, properties, origins, null, zxid, Instant.parse(acceptedAt),
					ConfigSnapshot.Origin.LOCAL_FILE);
		}
		catch (RuntimeException ex) {
			throw new SnapshotFileException(file, "is corrupt: " + ex.getMessage(), ex);
		}
	}

	private static Map<String, String> strings(JsonNode node) {
		Map<String, String> values = new TreeMap<>();
		node.properties().forEach((entry) -> values.put(entry.getKey(), entry.getValue().asText()));
		return values;
	}

	private static String checksum(String context, long zxid, String acceptedAt, Map<String, String> properties,
			Map<String, String> origins) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, FORMAT);
			update(digest, context);
			update(digest, Long.toString(zxid));
			update(digest, acceptedAt);
			for (Map<String, String> map : List.of(properties, origins)) {
				update(digest, Integer.toString(map.size()));
				new TreeMap<>(map).forEach((key, value) -> {
					update(digest, key);
					update(digest, value);
				});
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Each string with its length, so that no two different contents digest the same way.
	 */
	private static void update(MessageDigest digest, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
		digest.update(bytes);
	}

	private static void writeAtomically(Path file, byte[] content) throws IOException {
		Path directory = Objects.requireNonNull(file.toAbsolutePath().getParent(), "A snapshot file is in a directory");
		boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
		if (!Files.isDirectory(directory)) {
			if (posix) {
				Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
			}
			else {
				Files.createDirectories(directory);
			}
		}
		FileAttribute<?>[] attributes = posix
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) } : new FileAttribute<?>[0];
		Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp", attributes);
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
