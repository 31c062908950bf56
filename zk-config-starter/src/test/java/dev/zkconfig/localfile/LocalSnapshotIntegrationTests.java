package dev.zkconfig.localfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.configdata.ZkConfigConnectException;
import dev.zkconfig.guard.GuardTestApp;
import dev.zkconfig.guard.GuardTestApp.Counter;
import dev.zkconfig.guard.GuardTestApp.Events;
import dev.zkconfig.snapshot.ConfigChange;
import dev.zkconfig.snapshot.ConfigSnapshot;
import dev.zkconfig.source.ZkPropertySource;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The accepted configuration is written to a local file, and an application whose
 * ZooKeeper cannot be reached at startup starts from it, then applies exactly the
 * differences once ZooKeeper is back.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalSnapshotIntegrationTests {

	private static final String[] DOWN = { "spring.cloud.zookeeper.block-until-connected-wait=1",
			"spring.config.import=optional:zookeeper:" };

	@Test
	void theAcceptedSnapshotIsWrittenAfterStartupAndAfterEachChange() throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			zk.set("/config/written/counter/label", "first");
			zk.set("/config/written/db/password", "never-on-disk");
			try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "written",
					"zkconfig.snapshot.exclude=*.password")) {
				Path file = zk.snapshots().resolve("written").resolve("config%2Fwritten.json");
				await().until(() -> Files.exists(file));
				assertThat(SnapshotFile.read(file, "/config/written").get("counter.label")).isEqualTo("first");
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
				assertThat(Files.readString(file)).doesNotContain("never-on-disk");

				zk.set("/config/written/counter/label", "second");
				await().untilAsserted(() -> assertThat(SnapshotFile.read(file, "/config/written").get("counter.label"))
					.isEqualTo("second"));
				assertThat(SnapshotFile.read(file, "/config/written").getZxid())
					.isEqualTo(source(context, "/config/written").getSnapshot().getZxid());
			}
		}
	}

	@Test
	void startsFromTheSnapshotWhileZooKeeperIsDownThenAppliesExactlyTheDifference(CapturedOutput output)
			throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			zk.set("/config/outage/counter/label", "saved");
			zk.set("/config/outage/counter/size", "3");
			zk.run(GuardTestApp.class, "outage").close();
			zk.set("/config/outage/counter/label", "changed-while-away");
			zk.server().stop();

			try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "outage", DOWN)) {
				assertThat(context.getBean(Counter.class).label()).isEqualTo("saved");
				assertThat(context.getBean(Counter.class).size()).isEqualTo(3);
				assertThat(source(context, "/config/outage").getSnapshot().getOrigin())
					.isEqualTo(ConfigSnapshot.Origin.LOCAL_FILE);
				assertThat(output).contains("Serving ZooKeeper context /config/outage from the local snapshot "
						+ zk.snapshots().resolve("outage").resolve("config%2Foutage.json"), "old, zxid 0x");

				zk.server().restart();
				Events events = context.getBean(Events.class);
				await().untilAsserted(
						() -> assertThat(context.getBean(Counter.class).label()).isEqualTo("changed-while-away"));
				assertThat(events.changes()).singleElement()
					.satisfies((event) -> assertThat(event.getChanges())
						.extracting(ConfigChange::key, ConfigChange::oldValue, ConfigChange::newValue)
						.containsExactly(tuple("counter.label", "saved", "changed-while-away")));
				assertThat(context.getBean(ZkConfigClient.class).isAttached()).isTrue();
				assertThat(source(context, "/config/outage").getSnapshot().getOrigin())
					.isEqualTo(ConfigSnapshot.Origin.ZOOKEEPER);

				zk.set("/config/outage/counter/size", "4");
				await().untilAsserted(() -> assertThat(context.getBean(Counter.class).size()).isEqualTo(4));
			}
		}
	}

	@Test
	void aRequiredImportStartsFromTheSnapshotWhenFallbackIsOn() throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			zk.set("/config/required/counter/label", "saved");
			zk.run(GuardTestApp.class, "required").close();
			zk.server().stop();
			assertThatException()
				.isThrownBy(() -> zk
					.run(GuardTestApp.class, "required", "spring.cloud.zookeeper.block-until-connected-wait=1")
					.close())
				.withCauseInstanceOf(ZkConfigConnectException.class);
			try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "required",
					"spring.cloud.zookeeper.block-until-connected-wait=1", "zkconfig.snapshot.fallback=true")) {
				assertThat(context.getBean(Counter.class).label()).isEqualTo("saved");
			}
		}
	}

	@Test
	void aCorruptSnapshotIsReportedAndIgnored(CapturedOutput output) throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			zk.set("/config/corrupt/counter/label", "saved");
			zk.run(GuardTestApp.class, "corrupt").close();
			Path file = zk.snapshots().resolve("corrupt").resolve("config%2Fcorrupt.json");
			Files.writeString(file, Files.readString(file).replace("saved", "tampered"));
			zk.server().stop();
			try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "corrupt", DOWN)) {
				assertThat(context.getBean(Counter.class).label()).isEqualTo("none");
				assertThat(output).contains(file + " is corrupt: its checksum does not match its content: ignored");
			}
		}
	}

	@Test
	void theSnapshotOfAnotherContextIsReportedAndIgnored(CapturedOutput output) throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			zk.set("/config/first/counter/label", "first");
			zk.run(GuardTestApp.class, "first").close();
			Path foreign = zk.snapshots().resolve("first").resolve("config%2Ffirst.json");
			Path file = zk.snapshots().resolve("second").resolve("config%2Fsecond.json");
			Files.createDirectories(file.getParent());
			Files.copy(foreign, file);
			zk.server().stop();
			try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "second", DOWN)) {
				assertThat(context.getBean(Counter.class).label()).isEqualTo("none");
				assertThat(output).contains("belongs to context '/config/first', not '/config/second'");
			}
		}
	}

	private static ZkPropertySource source(ConfigurableApplicationContext context, String contextPath) {
		return context.getEnvironment()
			.getPropertySources()
			.stream()
			.filter((source) -> source instanceof ZkPropertySource zkSource
					&& zkSource.getContextPath().equals(contextPath))
			.map(ZkPropertySource.class::cast)
			.findFirst()
			.orElseThrow();
	}

}
