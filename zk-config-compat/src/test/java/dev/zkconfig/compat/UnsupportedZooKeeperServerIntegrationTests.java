package dev.zkconfig.compat;

import java.nio.file.Path;
import java.util.List;

import org.apache.curator.framework.CuratorFramework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A server older than 3.6 has no persistent recursive watches: the application does not
 * start, and says which server version it needs instead of waiting out the load timeout.
 */
class UnsupportedZooKeeperServerIntegrationTests {

	@Test
	void startupFailsNamingTheServerVersionItNeeds(@TempDir Path workDir) throws Exception {
		List<String> versions = ZooKeeperServerProcess.versions("zk-servers.unsupported");
		assertThat(versions).as("zk-servers.unsupported (set by the build)").hasSize(1);
		try (ZooKeeperServerProcess server = ZooKeeperServerProcess.start(versions.get(0), workDir);
				CuratorFramework client = server.newClient()) {
			assertThat(server.reportedVersion()).startsWith("Zookeeper version: " + versions.get(0) + "-");
			ZooKeeperServerVersionsIntegrationTests.create(client, "/config/compat/greeting", "hello");
			assertThatException().isThrownBy(
					() -> CompatApplication.against(server.connectString(), "zkconfig.load-timeout=5s").run().close())
				.withStackTraceContaining("ZooKeeper at " + server.connectString()
						+ " does not support persistent recursive watches: zk-config needs a ZooKeeper 3.6 or later server")
				// the reason, not the load timeout
				.satisfies((ex) -> assertThat(ex).hasStackTraceContaining("cannot be watched")
					.rootCause()
					.hasMessageNotContaining("did not complete within"));
		}
	}

}
