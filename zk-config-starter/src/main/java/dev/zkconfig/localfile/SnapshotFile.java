package dev.zkconfig.localfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zkconfig.snapshot.ConfigSnapshot;

import org.springframework.util.Assert;

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
		List<String> keys = new ArrayList<>();
		for (String key : snapshot.getNames()) {
			if (!excluded.test(key)) {
				keys.add(key);
			}
		}
		Map<String, String> origins = snapshot.getOrigins();
		List<String> keysWithOrigin = new ArrayList<>();
		for (String key : keys) {
			if (origins.containsKey(key)) {
				keysWithOrigin.add(key);
			}
		}
		String acceptedAt = snapshot.getAcceptedAt().toString();
		SnapshotDigest digest = new SnapshotDigest(snapshot.getContextPath(), snapshot.getZxid(), acceptedAt);
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		try (JsonGenerator json = JSON.getFactory().createGenerator(content).useDefaultPrettyPrinter()) {
			json.writeStartObject();
			json.writeStringField("format", FORMAT);
			json.writeStringField("context", snapshot.getContextPath());
			json.writeNumberField("zxid", snapshot.getZxid());
			json.writeStringField("acceptedAt", acceptedAt);
			writeSection(json, "properties", keys, snapshot.getProperties(), digest);
			writeSection(json, "origins", keysWithOrigin, origins, digest);
			json.writeStringField("sha256", digest.hex());
			json.writeEndObject();
		}
		writeAtomically(file, content.toByteArray());
	}

	/**
	 * Write one map of the file, straight from the snapshot: its keys come sorted, as the
	 * checksum wants them.
	 */
	private static void writeSection(JsonGenerator json, String name, List<String> keys, Map<String, String> values,
			SnapshotDigest digest) throws IOException {
		digest.section(keys.size());
		json.writeObjectFieldStart(name);
		for (String key : keys) {
			String value = values.get(key);
			Assert.state(value != null, "A key listed has a value");
			json.writeStringField(key, value);
			digest.entry(key, value);
		}
		json.writeEndObject();
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
		SortedMap<String, String> properties = strings(content.path("properties"));
		SortedMap<String, String> origins = strings(content.path("origins"));
		if (!checksum(context, zxid, acceptedAt, properties, origins).equals(content.path("sha256").asText())) {
			throw new SnapshotFileException(file, "is corrupt: its checksum does not match its content", null);
		}
		try {
			return new ConfigSnapshot(context, properties, origins, null, null, zxid, Instant.parse(acceptedAt),
					ConfigSnapshot.Origin.LOCAL_FILE);
		}
		catch (RuntimeException ex) {
			throw new SnapshotFileException(file, "is corrupt: " + ex.getMessage(), ex);
		}
	}

	private static SortedMap<String, String> strings(JsonNode node) {
		SortedMap<String, String> values = new TreeMap<>();
		node.properties().forEach((entry) -> values.put(entry.getKey(), entry.getValue().asText()));
		return values;
	}

	private static String checksum(String context, long zxid, String acceptedAt, SortedMap<String, String> properties,
			SortedMap<String, String> origins) {
		SnapshotDigest digest = new SnapshotDigest(context, zxid, acceptedAt);
		for (SortedMap<String, String> map : List.of(properties, origins)) {
			digest.section(map.size());
			map.forEach(digest::entry);
		}
		return digest.hex();
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
