package dev.zkconfig.embedded;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

class EmbeddedZooKeeperIntegrationTests {

	@Test
	void startsOnAFreePortAndServesClients() throws Exception {
		try (EmbeddedZooKeeper server = EmbeddedZooKeeper.start(0, null)) {
			assertThat(server.getPort()).isPositive();
			assertThat(server.getConnectionString()).isEqualTo("localhost:" + server.getPort());
			write(server, "/probe", "value");
			assertThat(read(server, "/probe")).isEqualTo("value");
		}
	}

	@Test
	void closeStopsTheServerAndDeletesItsTemporaryDirectory() {
		EmbeddedZooKeeper server = EmbeddedZooKeeper.start(0, null);
		Path dataDir = server.getDataDir();
		assertThat(dataDir).isDirectory();
		server.close();
		assertThat(server.isRunning()).isFalse();
		assertThat(dataDir).doesNotExist();
		assertConnectionRefused(server.getPort());
	}

	@Test
	void keepsItsDataInAGivenDirectoryAcrossRestarts(@TempDir Path dataDir) throws Exception {
		try (EmbeddedZooKeeper server = EmbeddedZooKeeper.start(0, dataDir)) {
			write(server, "/kept", "across restarts");
		}
		assertThat(dataDir).isDirectory();
		try (EmbeddedZooKeeper server = EmbeddedZooKeeper.start(0, dataDir)) {
			assertThat(read(server, "/kept")).isEqualTo("across restarts");
		}
	}

	@Test
	void failsWithTheSettingsToChangeWhenThePortIsInUse() throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			assertThatIllegalStateException().isThrownBy(() -> EmbeddedZooKeeper.start(taken.getLocalPort(), null))
				.withMessageContaining("Port " + taken.getLocalPort() + " is already in use")
				.withMessageContaining("zkconfig.embedded.port")
				.withMessageContaining("zkconfig.embedded.enabled=false");
		}
	}

	static void assertConnectionRefused(int port) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> {
				try (Socket socket = new Socket("localhost", port)) {
					// connected: the server still listens
				}
			}));
	}

	private static void write(EmbeddedZooKeeper server, String path, String value) throws Exception {
		try (CuratorFramework client = connect(server)) {
			client.create().forPath(path, value.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static String read(EmbeddedZooKeeper server, String path) throws Exception {
		try (CuratorFramework client = connect(server)) {
			return new String(client.getData().forPath(path), StandardCharsets.UTF_8);
		}
	}

	private static CuratorFramework connect(EmbeddedZooKeeper server) throws InterruptedException {
		CuratorFramework client = CuratorFrameworkFactory.newClient(server.getConnectionString(),
				new RetryOneTime(100));
		client.start();
		client.blockUntilConnected();
		return client;
	}

}
