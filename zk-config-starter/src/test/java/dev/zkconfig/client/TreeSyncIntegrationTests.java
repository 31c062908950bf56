package dev.zkconfig.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.refresh.ChangeBatch;
import dev.zkconfig.refresh.ConfigChange;
import dev.zkconfig.source.ZkPropertySource;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The client's watch against a real server: a nested tree loads whole, and after the
 * session expires everything that changed meanwhile is read again.
 */
class TreeSyncIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void loadsANestedTreeWhole() throws Exception {
		for (int i = 0; i < 300; i++) {
			zk.set("/config/tree/level1/n" + (i % 7) + "/level3/key" + i, "value" + i);
		}
		try (CuratorFramework curator = newClient();
				ZkConfigClient client = new ZkConfigClient(curator, false, true, Duration.ofSeconds(10),
						Duration.ZERO)) {
			ZkPropertySource source = client.load("config/tree", "/config/tree");
			assertThat(source.getPropertyNames()).hasSize(300);
			assertThat(source.getProperty("level1.n3.level3.key10")).isEqualTo("value10");
		}
	}

	@Test
	void afterTheSessionExpiresChangesMadeMeanwhileAreReadAgain() throws Exception {
		zk.set("/config/expiry/kept", "same");
		zk.set("/config/expiry/updated", "before");
		zk.set("/config/expiry/deleted", "soon-gone");
		try (CuratorFramework curator = newClient();
				ZkConfigClient client = new ZkConfigClient(curator, false, true, Duration.ofSeconds(10),
						Duration.ZERO)) {
			List<ConfigChange> changes = new CopyOnWriteArrayList<>();
			client.getDispatcher().attach((ChangeBatch batch) -> changes.addAll(batch.changes()));
			ZkPropertySource source = client.load("config/expiry", "/config/expiry");

			curator.getZookeeperClient().getZooKeeper().getTestable().injectSessionExpiration();
			zk.set("/config/expiry/updated", "after");
			zk.set("/config/expiry/added", "new");
			zk.delete("/config/expiry/deleted");

			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				assertThat(source.getProperty("updated")).isEqualTo("after");
				assertThat(source.getProperty("added")).isEqualTo("new");
				assertThat(source.getProperty("deleted")).isNull();
				assertThat(source.getProperty("kept")).isEqualTo("same");
			});
			await().untilAsserted(() -> assertThat(changes).contains(
					new ConfigChange("/config/expiry", "updated", "before", "after"),
					new ConfigChange("/config/expiry", "added", null, "new"),
					new ConfigChange("/config/expiry", "deleted", "soon-gone", null)));
			assertThat(changes).noneMatch((change) -> change.key().equals("kept"));

			zk.set("/config/expiry/kept", "changed-after-reconnect");
			await().untilAsserted(
					() -> assertThat(source.getProperty("kept")).isEqualTo("changed-after-reconnect"));
		}
	}

	private static CuratorFramework newClient() throws InterruptedException {
		CuratorFramework curator = CuratorFrameworkFactory.newClient(zk.connectString(), new RetryOneTime(100));
		curator.start();
		curator.blockUntilConnected();
		return curator;
	}

}
