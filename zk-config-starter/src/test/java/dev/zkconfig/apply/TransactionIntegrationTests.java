package dev.zkconfig.apply;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.guard.GuardTestApp;
import dev.zkconfig.guard.GuardTestApp.Counter;
import dev.zkconfig.guard.GuardTestApp.Events;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.apache.curator.framework.api.transaction.CuratorOp;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Id;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application never sees a state that ZooKeeper never had: a transaction is one
 * change, a reader never sees two versions at once, a parent created before its children
 * or emptied of them is no error, and a context that cannot be read keeps its last
 * accepted configuration.
 */
@ExtendWith(OutputCaptureExtension.class)
class TransactionIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void deletingAndRecreatingAContextInOneTransactionChangesNothing() throws Exception {
		zk.set("/config/recreate/counter/label", "kept");
		zk.set("/config/recreate/counter/size", "7");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "recreate")) {
			Events events = context.getBean(Events.class);
			List<String> seen = new CopyOnWriteArrayList<>();
			AtomicBoolean reading = new AtomicBoolean(true);
			Thread reader = new Thread(() -> {
				while (reading.get()) {
					seen.add(context.getBean(Counter.class).label());
				}
			});
			reader.start();
			byte[] kept = "kept".getBytes(StandardCharsets.UTF_8);
			byte[] size = "7".getBytes(StandardCharsets.UTF_8);
			zk.client()
				.transaction()
				.forOperations(delete("/config/recreate/counter/label"), delete("/config/recreate/counter/size"),
						delete("/config/recreate/counter"), delete("/config/recreate"),
						create("/config/recreate", null), create("/config/recreate/counter", null),
						create("/config/recreate/counter/label", kept), create("/config/recreate/counter/size", size));
			zk.set("/config/recreate/marker", "after");
			await().until(() -> !events.changes().isEmpty());
			reading.set(false);
			reader.join();
			assertThat(events.changes()).singleElement()
				.satisfies((event) -> assertThat(event.getKeys()).containsExactly("marker"));
			assertThat(seen).isNotEmpty().containsOnly("kept");
		}
	}

	@Test
	void aReaderNeverSeesTwoVersionsOfADocumentAtOnce() throws Exception {
		zk.set("/config/atomic/application.yml", document(0));
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "atomic",
				"zkconfig.refresh.coalesce-window=0ms")) {
			Environment environment = context.getEnvironment();
			List<String> mixes = new CopyOnWriteArrayList<>();
			AtomicBoolean reading = new AtomicBoolean(true);
			int[] passes = new int[1];
			Thread reader = new Thread(() -> {
				while (reading.get()) {
					// swaps only go forward: in one pass over the keys, a later key is
					// never older
					int previous = -1;
					for (int key = 0; key < 10; key++) {
						int version = Integer.parseInt(environment.getProperty("doc.k" + key));
						if (version < previous) {
							mixes.add("k" + (key - 1) + "=" + previous + ", k" + key + "=" + version);
						}
						previous = version;
					}
					passes[0]++;
				}
			});
			reader.start();
			for (int version = 1; version <= 200; version++) {
				zk.set("/config/atomic/application.yml", document(version));
			}
			await().untilAsserted(() -> assertThat(environment.getProperty("doc.k9")).isEqualTo("200"));
			reading.set(false);
			reader.join();
			assertThat(mixes).isEmpty();
			assertThat(passes[0]).isPositive();
		}
	}

	@Test
	void aParentCreatedBeforeItsChildrenIsNoError(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "parents")) {
			GuardTestApp.Labels labels = context.getBean(GuardTestApp.Labels.class);
			// as zkCli.sh users do: the parent first, empty, then its children
			zk.client().create().creatingParentsIfNeeded().forPath("/config/parents/tags/labels", new byte[0]);
			zk.client().create().forPath("/config/parents/tags/labels/team", "core".getBytes(StandardCharsets.UTF_8));
			await().untilAsserted(() -> assertThat(labels.getLabels()).containsExactly(Map.entry("team", "core")));
			assertThat(context.getBean(Rejections.class).getRecent()).isEmpty();
			assertThat(output).doesNotContain("Rejected");
		}
	}

	@Test
	void anEmptyParentThatLosesItsLastChildLeavesNoDeletedValueBehind(CapturedOutput output) {
		zk.set("/config/orphan/tags/labels/team", "core");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "orphan")) {
			GuardTestApp.Labels labels = context.getBean(GuardTestApp.Labels.class);
			assertThat(labels.getLabels()).containsExactly(Map.entry("team", "core"));
			// as zkCli.sh users do: the child first, then the parent
			zk.delete("/config/orphan/tags/labels/team");
			zk.delete("/config/orphan/tags/labels");
			await().untilAsserted(() -> assertThat(labels.getLabels()).isEmpty());
			assertThat(context.getBean(Rejections.class).getRecent()).isEmpty();
			assertThat(output).doesNotContain("Rejected");
		}
	}

	@Test
	void anEmptyZNodeLeftAloneIsReportedOnceTheGracePeriodHasPassed() {
		zk.set("/config/alone/tags/labels/team", "core");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "alone",
				"zkconfig.guard.empty-znode-grace=300ms")) {
			Events events = context.getBean(Events.class);
			GuardTestApp.Labels labels = context.getBean(GuardTestApp.Labels.class);
			zk.delete("/config/alone/tags/labels/team");
			await().until(() -> !events.rejections().isEmpty());
			assertThat(events.rejections()).singleElement().satisfies((rejection) -> {
				assertThat(rejection.key()).isEqualTo("tags.labels");
				assertThat(rejection.path()).isEqualTo("/config/alone/tags/labels");
				assertThat(rejection.reason()).contains("cannot be converted to java.util.Map",
						"give it children or delete it");
			});
			assertThat(labels.getLabels()).containsExactly(Map.entry("team", "core"));
			zk.delete("/config/alone/tags/labels");
			await().untilAsserted(() -> assertThat(labels.getLabels()).isEmpty());
			assertThat(context.getBean(Rejections.class).getStanding()).isEmpty();
		}
	}

	@Test
	void aContextThatCannotBeReadAfterAReconnectKeepsItsConfiguration() throws Exception {
		for (int i = 0; i < 10; i++) {
			zk.set("/config/lockedout/keys/k" + i, "v" + i);
		}
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "lockedout")) {
			Events events = context.getBean(Events.class);
			zk.client()
				.setACL()
				.withACL(List.of(new ACL(ZooDefs.Perms.ALL, new Id("digest", "someone:c29tZW9uZQ=="))))
				.forPath("/config/lockedout");
			context.getBean(ZkConfigClient.class)
				.getCurator()
				.getZookeeperClient()
				.getZooKeeper()
				.getTestable()
				.injectSessionExpiration();
			await().until(() -> !events.rejections().isEmpty());
			assertThat(events.rejections()).singleElement()
				.satisfies((rejection) -> assertThat(rejection.reason()).contains("NoAuth"));
			for (int i = 0; i < 10; i++) {
				assertThat(context.getEnvironment().getProperty("keys.k" + i)).isEqualTo("v" + i);
			}
			assertThat(events.changes()).isEmpty();
		}
	}

	private static String document(int version) {
		List<String> lines = new ArrayList<>();
		lines.add("doc:");
		for (int key = 0; key < 10; key++) {
			lines.add("  k" + key + ": " + version);
		}
		return String.join("\n", lines);
	}

	private static CuratorOp delete(String path) throws Exception {
		return zk.client().transactionOp().delete().forPath(path);
	}

	private static CuratorOp create(String path, byte[] data) throws Exception {
		return zk.client().transactionOp().create().forPath(path, (data != null) ? data : new byte[0]);
	}

}
