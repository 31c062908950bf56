package dev.zkconfig.compat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.curator.framework.CuratorFramework;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The starter, with its ZooKeeper 3.9 client, against a real server of every release line
 * it supports, each in a process of its own: the configuration loads at startup and
 * follows created, updated and deleted znodes live.
 */
class ZooKeeperServerVersionsIntegrationTests {

	static List<String> supportedVersions() {
		List<String> versions = ZooKeeperServerProcess.versions("zk-servers.supported");
		assertThat(versions).as("zk-servers.supported (set by the build)").isNotEmpty();
		return versions;
	}

	@ParameterizedTest(name = "ZooKeeper {0}")
	@MethodSource("supportedVersions")
	void configurationLoadsAndFollowsChanges(String version, @TempDir Path workDir) throws Exception {
		try (ZooKeeperServerProcess server = ZooKeeperServerProcess.start(version, workDir);
				CuratorFramework client = server.newClient()) {
			assertThat(server.reportedVersion()).startsWith("Zookeeper version: " + version + "-");
			create(client, "/config/compat/greeting", "hello");
			create(client, "/config/compat/doomed", "soon gone");
			create(client, "/config/application/shared", "from the default context");
			try (ConfigurableApplicationContext context = CompatApplication.against(server.connectString()).run()) {
				Environment environment = context.getEnvironment();
				assertThat(environment.getProperty("greeting")).isEqualTo("hello");
				assertThat(environment.getProperty("doomed")).isEqualTo("soon gone");
				assertThat(environment.getProperty("shared")).isEqualTo("from the default context");

				create(client, "/config/compat/added", "new");
				await().untilAsserted(() -> assertThat(environment.getProperty("added")).isEqualTo("new"));

				client.setData().forPath("/config/compat/greeting", bytes("updated"));
				await().untilAsserted(() -> assertThat(environment.getProperty("greeting")).isEqualTo("updated"));

				client.delete().forPath("/config/compat/doomed");
				await().untilAsserted(() -> assertThat(environment.containsProperty("doomed")).isFalse());
			}
		}
	}

	static void create(CuratorFramework client, String path, String value) throws Exception {
		client.create().creatingParentsIfNeeded().forPath(path, bytes(value));
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
