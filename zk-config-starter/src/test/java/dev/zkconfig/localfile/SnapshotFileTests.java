package dev.zkconfig.localfile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;

import dev.zkconfig.snapshot.ConfigSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class SnapshotFileTests {

	@TempDir
	Path directory;

	private final ConfigSnapshot snapshot = new ConfigSnapshot("/config/app",
			Map.of("greeting.message", "hello", "db.password", "s3cret", "list[0]", "a"),
			Map.of("list[0]", "/config/app/application.yml"), null, null, 0x1f, Instant.parse("2026-11-23T10:00:00Z"),
			ConfigSnapshot.Origin.ZOOKEEPER);

	@Test
	void writesAndReadsASnapshotWithItsVersionAndOrigins() throws Exception {
		Path file = this.directory.resolve("nested/app.json");
		SnapshotFile.write(file, this.snapshot, (key) -> false);
		ConfigSnapshot read = SnapshotFile.read(file, "/config/app");
		assertThat(read.getProperties()).isEqualTo(this.snapshot.getProperties());
		assertThat(read.getOrigin("list[0]")).isEqualTo("/config/app/application.yml");
		assertThat(read.getZxid()).isEqualTo(0x1f);
		assertThat(read.getAcceptedAt()).isEqualTo(this.snapshot.getAcceptedAt());
		assertThat(read.getOrigin()).isEqualTo(ConfigSnapshot.Origin.LOCAL_FILE);
	}

	@Test
	void theFileIsReadableByItsOwnerOnlyAndNoTemporaryFileIsLeft() throws Exception {
		Path file = this.directory.resolve("app.json");
		SnapshotFile.write(file, this.snapshot, (key) -> false);
		SnapshotFile.write(file, this.snapshot, (key) -> false);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		try (var files = Files.list(this.directory)) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void excludedKeysAreNeverWritten() throws Exception {
		Path file = this.directory.resolve("app.json");
		LocalSnapshots snapshots = new LocalSnapshots(this.directory, java.util.List.of("*.password"));
		SnapshotFile.write(file, this.snapshot, snapshots::isExcluded);
		assertThat(Files.readString(file)).doesNotContain("s3cret", "db.password");
		assertThat(SnapshotFile.read(file, "/config/app").getProperties())
			.containsOnly(entry("greeting.message", "hello"), entry("list[0]", "a"));
	}

	@Test
	void aTruncatedFileIsRejected() throws Exception {
		Path file = this.directory.resolve("app.json");
		SnapshotFile.write(file, this.snapshot, (key) -> false);
		byte[] content = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(content, content.length / 2));
		assertThatExceptionOfType(SnapshotFileException.class).isThrownBy(() -> SnapshotFile.read(file, "/config/app"))
			.withMessageContaining("corrupt or truncated");
	}

	@Test
	void aFileWhoseContentDoesNotMatchItsChecksumIsRejected() throws Exception {
		Path file = this.directory.resolve("app.json");
		SnapshotFile.write(file, this.snapshot, (key) -> false);
		Files.writeString(file, Files.readString(file).replace("hello", "HELLO"), StandardCharsets.UTF_8);
		assertThatExceptionOfType(SnapshotFileException.class).isThrownBy(() -> SnapshotFile.read(file, "/config/app"))
			.withMessageContaining("checksum");
	}

	@Test
	void theSnapshotOfAnotherContextIsRejected() throws Exception {
		Path file = this.directory.resolve("app.json");
		SnapshotFile.write(file, this.snapshot, (key) -> false);
		assertThatExceptionOfType(SnapshotFileException.class)
			.isThrownBy(() -> SnapshotFile.read(file, "/config/other"))
			.withMessageContaining("belongs to context '/config/app', not '/config/other'");
	}

	@Test
	void aFileOfAnotherKindIsRejected() throws Exception {
		Path file = this.directory.resolve("app.json");
		Files.writeString(file, "{\"hello\": 1}");
		assertThatExceptionOfType(SnapshotFileException.class).isThrownBy(() -> SnapshotFile.read(file, "/config/app"))
			.withMessageContaining("not a zk-config snapshot");
	}

	@Test
	void aFileOfTheFirstFormatIsReadAndWrittenByteForByteTheSame() throws Exception {
		Path earlier = Path.of(getClass().getResource("snapshot-format-1.json").toURI());
		ConfigSnapshot read = SnapshotFile.read(earlier, "/config/app");
		assertThat(read.getProperties()).containsOnly(entry("greeting.message", "hello"), entry("list[0]", "a"),
				entry("list[1]", "b \"quoted\" \u00fcn\u00efcode"));
		assertThat(read.getOrigin("list[1]")).isEqualTo("/config/app/application.yml");
		Map<String, String> properties = new java.util.LinkedHashMap<>(read.getProperties());
		properties.put("db.password", "s3cret");
		ConfigSnapshot written = new ConfigSnapshot("/config/app", properties, read.getOrigins(), null, null,
				read.getZxid(), read.getAcceptedAt(), ConfigSnapshot.Origin.ZOOKEEPER);
		Path file = this.directory.resolve("app.json");
		SnapshotFile.write(file, written, (key) -> key.endsWith(".password"));
		assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(earlier));
	}

	@Test
	void eachContextHasAFileOfItsOwn() {
		LocalSnapshots snapshots = new LocalSnapshots(this.directory, java.util.List.of());
		assertThat(snapshots.fileOf("/config/app,dev")).isEqualTo(this.directory.resolve("config%2Fapp%2Cdev.json"));
		assertThat(snapshots.fileOf("/config/app")).isNotEqualTo(snapshots.fileOf("/config/app,dev"));
	}

}
