package dev.zkconfig.zookeeper;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.ObjectName;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.snapshot.TreeView;
import dev.zkconfig.snapshot.ZNode;
import dev.zkconfig.snapshot.ZNodeTree;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Id;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The client's watch against a real server: the mirror of a context loads whole, settles
 * only on whole transactions, reads what changed while the session was gone, stays within
 * ZooKeeper's packet limit for large trees, and keeps what it knows when the context
 * cannot be read.
 */
class TreeSyncIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void loadsANestedTreeWhole() throws Exception {
		for (int i = 0; i < 300; i++) {
			zk.set("/config/tree/level1/n" + (i % 7) + "/level3/key" + i, "value" + i);
		}
		try (CuratorFramework curator = newClient(); ZkConfigClient client = new ZkConfigClient(curator, false)) {
			ZNodeTree tree = client.awaitSynced("/config/tree", TIMEOUT);
			Map<String, Long> changes = take(tree, TreeView::changes);
			assertThat(changes.keySet().stream().filter((path) -> path.contains("/key"))).hasSize(300);
			ZNode node = take(tree, (view) -> view.get("/config/tree/level1/n3/level3/key10"));
			assertThat(node.text()).isEqualTo("value10");
		}
	}

	@Test
	void settlesOnlyOnWholeTransactions() throws Exception {
		zk.set("/config/multi/a", "1");
		zk.set("/config/multi/b", "1");
		zk.set("/config/multi/c", "1");
		try (CuratorFramework curator = newClient(); ZkConfigClient client = new ZkConfigClient(curator, false)) {
			ZNodeTree tree = client.awaitSynced("/config/multi", TIMEOUT);
			take(tree, TreeView::changes);
			List<Map<String, Long>> takes = new ArrayList<>();
			tree.setChangeListener(() -> {
			});
			for (int round = 2; round < 20; round++) {
				byte[] value = String.valueOf(round).getBytes(StandardCharsets.UTF_8);
				zk.client()
					.transaction()
					.forOperations(zk.client().transactionOp().setData().forPath("/config/multi/a", value),
							zk.client().transactionOp().setData().forPath("/config/multi/b", value),
							zk.client().transactionOp().setData().forPath("/config/multi/c", value));
				await().untilAsserted(() -> {
					Map<String, Long> changes = take(tree, (view) -> Map.copyOf(view.changes()));
					assertThat(changes).isNotNull().isNotEmpty();
					takes.add(changes);
				});
			}
			assertThat(takes).allSatisfy((changes) -> assertThat(changes.keySet())
				.containsExactlyInAnyOrder("/config/multi/a", "/config/multi/b", "/config/multi/c"));
		}
	}

	@Test
	void afterTheSessionExpiresChangesMadeMeanwhileAreReadAgain() throws Exception {
		zk.set("/config/expiry/kept", "same");
		zk.set("/config/expiry/updated", "before");
		zk.set("/config/expiry/deleted", "soon-gone");
		zk.set("/config/expiry/recreated", "first");
		try (CuratorFramework curator = newClient(); ZkConfigClient client = new ZkConfigClient(curator, false)) {
			ZNodeTree tree = client.awaitSynced("/config/expiry", TIMEOUT);
			take(tree, TreeView::changes);

			curator.getZookeeperClient().getZooKeeper().getTestable().injectSessionExpiration();
			zk.set("/config/expiry/updated", "after");
			zk.set("/config/expiry/added", "new");
			zk.delete("/config/expiry/deleted");
			zk.delete("/config/expiry/recreated");
			zk.set("/config/expiry/recreated", "second");

			List<String> changed = new ArrayList<>();
			await().atMost(TIMEOUT).untilAsserted(() -> {
				Map<String, Long> changes = take(tree, (view) -> Map.copyOf(view.changes()));
				if (changes != null) {
					changed.addAll(changes.keySet());
				}
				assertThat(changed).contains("/config/expiry/updated", "/config/expiry/added", "/config/expiry/deleted",
						"/config/expiry/recreated");
			});
			assertThat(changed).doesNotContain("/config/expiry/kept");
			ZNode deleted = take(tree, (view) -> view.get("/config/expiry/deleted"));
			String updated = take(tree, (view) -> view.get("/config/expiry/updated").text());
			String recreated = take(tree, (view) -> view.get("/config/expiry/recreated").text());
			assertThat(deleted).isNull();
			assertThat(updated).isEqualTo("after");
			assertThat(recreated).isEqualTo("second");
		}
	}

	@Test
	void aZNodeWrittenAgainWithTheSameTextIsNoChange() throws Exception {
		zk.set("/config/rewrite/same", "value");
		zk.set("/config/rewrite/other", "before");
		try (CuratorFramework curator = newClient(); ZkConfigClient client = new ZkConfigClient(curator, false)) {
			ZNodeTree tree = client.awaitSynced("/config/rewrite", TIMEOUT);
			take(tree, TreeView::changes);

			zk.set("/config/rewrite/same", "value");
			zk.set("/config/rewrite/other", "after");

			List<String> changed = new ArrayList<>();
			await().atMost(TIMEOUT).untilAsserted(() -> {
				Map<String, Long> changes = take(tree, (view) -> Map.copyOf(view.changes()));
				if (changes != null) {
					changed.addAll(changes.keySet());
				}
				assertThat(changed).contains("/config/rewrite/other");
			});
			// ZooKeeper reports the first write before the second: it was read and found
			// equal
			assertThat(changed).containsExactly("/config/rewrite/other");
		}
	}

	@Test
	void readsATreeFarOverThePacketLimitAndKeepsReadingItAfterAReconnect() throws Exception {
		String value = "x".repeat(12 * 1024);
		for (int i = 0; i < 100; i++) {
			zk.set("/config/large/key" + i, value + i);
		}
		try (CuratorFramework curator = newClient(); ZkConfigClient client = new ZkConfigClient(curator, false)) {
			ZNodeTree tree = client.awaitSynced("/config/large", TIMEOUT);
			Integer read = take(tree, (view) -> view.changes().size());
			assertThat(read).isEqualTo(101);

			curator.getZookeeperClient().getZooKeeper().getTestable().closeSocket();
			for (int i = 0; i < 10; i++) {
				zk.set("/config/large/key" + i, value + "changed" + i);
			}
			await().atMost(TIMEOUT).untilAsserted(() -> {
				Boolean changed = take(tree, (view) -> Arrays.stream(new int[] { 0, 9 })
					.allMatch((i) -> view.get("/config/large/key" + i).text().endsWith("changed" + i)));
				assertThat(changed).isTrue();
			});
		}
	}

	@Test
	void whenTheContextBecomesUnreadableItKeepsWhatItKnowsAndSaysWhy() throws Exception {
		zk.set("/config/locked/key", "value");
		AtomicInteger notified = new AtomicInteger();
		try (CuratorFramework curator = newClient(); ZkConfigClient client = new ZkConfigClient(curator, false)) {
			ZNodeTree tree = client.awaitSynced("/config/locked", TIMEOUT);
			take(tree, TreeView::changes);
			tree.setChangeListener(notified::incrementAndGet);
			zk.client()
				.setACL()
				.withACL(List.of(new ACL(ZooDefs.Perms.ALL, new Id("digest", "someone:c29tZW9uZQ=="))))
				.forPath("/config/locked");
			curator.getZookeeperClient().getZooKeeper().getTestable().injectSessionExpiration();
			await().atMost(TIMEOUT).untilAsserted(() -> {
				String problem = take(tree, TreeView::problem);
				assertThat(problem).contains("NoAuth");
			});
			assertThat(notified).hasPositiveValue();
			String kept = take(tree, (view) -> view.get("/config/locked/key").text());
			assertThat(kept).isEqualTo("value");
		}
	}

	@Test
	void aZNodeThatCannotBeReadIsKeptAsAProblemByTheNextFullRead() throws Exception {
		zk.set("/config/unreadable/open", "1");
		zk.set("/config/unreadable/locked", "2");
		zk.set("/config/unreadable/locked/child", "3");
		try (CuratorFramework curator = newClient(); ZkConfigClient client = new ZkConfigClient(curator, false)) {
			ZNodeTree tree = client.awaitSynced("/config/unreadable", TIMEOUT);
			take(tree, TreeView::changes);
			zk.client()
				.setACL()
				.withACL(List.of(new ACL(ZooDefs.Perms.ALL, new Id("digest", "someone:c29tZW9uZQ=="))))
				.forPath("/config/unreadable/locked");
			curator.getZookeeperClient().getZooKeeper().getTestable().injectSessionExpiration();
			await().atMost(TIMEOUT).untilAsserted(() -> {
				ZNode locked = take(tree, (view) -> view.get("/config/unreadable/locked"));
				assertThat(locked).isNotNull();
				assertThat(locked.problem()).contains("NoAuth");
			});
			String child = take(tree, (view) -> view.get("/config/unreadable/locked/child").text());
			assertThat(child).isEqualTo("3");
		}
	}

	/** Take the settled changes, {@code null} while reads are in flight. */
	private static <T> T take(ZNodeTree tree, java.util.function.Function<TreeView, T> reader) {
		return tree.takeSettled(reader);
	}

	@Test
	void keepsOneWatchPerContextOnTheServer() throws Exception {
		zk.set("/config/watched/key", "value");
		long idle = serverWatches();
		long bareClientWatches;
		// a bare Curator client's own watch (its ensemble tracker's) is there for either
		try (CuratorFramework bare = newClient()) {
			await().until(() -> serverWatches() > idle);
			bareClientWatches = serverWatches() - idle;
		}
		await().until(() -> serverWatches() == idle);
		try (CuratorFramework curator = newClient(); ZkConfigClient client = new ZkConfigClient(curator, false)) {
			client.awaitSynced("/config/watched", TIMEOUT);
			await().untilAsserted(() -> assertThat(serverWatches() - idle).isEqualTo(bareClientWatches + 1));
		}
	}

	/** The watch count of the test server's data tree, as its JMX bean reports it. */
	private static long serverWatches() throws Exception {
		String port = zk.connectString().substring(zk.connectString().lastIndexOf(':') + 1);
		ObjectName tree = new ObjectName(
				"org.apache.ZooKeeperService:name0=StandaloneServer_port" + port + ",name1=InMemoryDataTree");
		return ((Number) ManagementFactory.getPlatformMBeanServer().getAttribute(tree, "WatchCount")).longValue();
	}

	private static CuratorFramework newClient() throws InterruptedException {
		CuratorFramework curator = CuratorFrameworkFactory.newClient(zk.connectString(), new RetryOneTime(100));
		curator.start();
		curator.blockUntilConnected();
		return curator;
	}

}
