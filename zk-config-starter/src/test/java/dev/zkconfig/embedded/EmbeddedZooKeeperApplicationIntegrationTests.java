package dev.zkconfig.embedded;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.zkconfig.ZkTestApp;
import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.apache.curator.framework.CuratorFramework;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class EmbeddedZooKeeperApplicationIntegrationTests {

	private static ConfigurableApplicationContext run(String... properties) {
		return new SpringApplicationBuilder(ZkTestApp.class).web(WebApplicationType.NONE)
			.properties("zkconfig.snapshot.enabled=false", "spring.application.name=seeded",
					"spring.config.import=zookeeper:")
			.properties(properties)
			.run();
	}

	@Test
	void startsSeedsAndLoadsTheConfigurationFromTheEmbeddedServerWhenEnabled() {
		try (ConfigurableApplicationContext context = run("zkconfig.embedded.enabled=true", "zkconfig.embedded.port=0",
				"zkconfig.embedded.seed=classpath:embedded/seed.yml")) {
			EmbeddedZooKeeper server = context.getBean(EmbeddedZooKeeper.class);
			assertThat(server.isRunning()).isTrue();
			assertThat(context.getBean(ZkConfigClient.class)
				.getCurator()
				.getZookeeperClient()
				.getCurrentConnectionString()).isEqualTo(server.getConnectionString());
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("Hello from the seed");
			assertThat(context.getBean(ZkTestApp.Greeter.class).getCount()).isEqualTo(3);
		}
	}

	@Test
	void logsOnceThatItIsADevelopmentServer(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("zkconfig.embedded.enabled=true", "zkconfig.embedded.port=0",
				"zkconfig.embedded.seed=classpath:embedded/seed.yml")) {
			int port = context.getBean(EmbeddedZooKeeper.class).getPort();
			String warning = "embedded ZooKeeper DEVELOPMENT server on port " + port;
			assertThat(output.getOut()).containsOnlyOnce(warning)
				.contains("Created 3 znodes from classpath:embedded/seed.yml");
			assertThat(output.getOut().lines().filter((line) -> line.contains(warning)))
				.singleElement(InstanceOfAssertFactories.STRING)
				.contains("WARN", "not for production");
		}
	}

	@Test
	void changesInTheEmbeddedServerReachTheApplication() throws Exception {
		try (ConfigurableApplicationContext context = run("zkconfig.embedded.enabled=true", "zkconfig.embedded.port=0",
				"zkconfig.embedded.seed=classpath:embedded/seed.yml")) {
			CuratorFramework curator = context.getBean(ZkConfigClient.class).getCurator();
			curator.setData().forPath("/config/seeded/greeting/message", "changed".getBytes(StandardCharsets.UTF_8));
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(
						() -> assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("changed"));
		}
	}

	@Test
	void stopsTheServerAfterTheClientWhenTheApplicationCloses() {
		ConfigurableApplicationContext context = run("zkconfig.embedded.enabled=true", "zkconfig.embedded.port=0");
		EmbeddedZooKeeper server = context.getBean(EmbeddedZooKeeper.class);
		CuratorFramework curator = context.getBean(ZkConfigClient.class).getCurator();
		context.close();
		assertThat(server.isRunning()).isFalse();
		assertThat(curator.getState()).hasToString("STOPPED");
		EmbeddedZooKeeperIntegrationTests.assertConnectionRefused(server.getPort());
	}

	@Test
	void aStartupThatFailsAfterTheServerStartedStopsTheServerAndTheClient() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		SpringApplicationBuilder failing = new SpringApplicationBuilder(ZkTestApp.class).web(WebApplicationType.NONE)
			.properties("zkconfig.snapshot.enabled=false", "spring.application.name=seeded",
					"spring.config.import=zookeeper:", "zkconfig.embedded.enabled=true",
					"zkconfig.embedded.port=" + port)
			.initializers((context) -> {
				// config data is loaded: the server and the client are running
				assertThat(clientThreadsOf(port)).isPositive();
				throw new IllegalStateException("Failing before the bootstrap context hands them over");
			});
		assertThatIllegalStateException().isThrownBy(failing::run).withMessageContaining("Failing before");
		EmbeddedZooKeeperIntegrationTests.assertConnectionRefused(port);
		await().atMost(Duration.ofSeconds(10)).until(() -> clientThreadsOf(port) == 0);
	}

	/** ZooKeeper names a client's I/O thread after the server it is connected to. */
	private static long clientThreadsOf(int port) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().contains("SendThread(") && thread.getName().contains(":" + port + ")"))
			.count();
	}

	@Test
	void aManualRefreshDoesNotStartASecondServer() {
		try (ConfigurableApplicationContext context = run("zkconfig.embedded.enabled=true", "zkconfig.embedded.port=0",
				"zkconfig.embedded.seed=classpath:embedded/seed.yml")) {
			EmbeddedZooKeeper server = context.getBean(EmbeddedZooKeeper.class);
			context.getBean(ContextRefresher.class).refresh();
			assertThat(context.getBeansOfType(EmbeddedZooKeeper.class))
				.containsOnlyKeys(EmbeddedZooKeeperRegistrar.BEAN_NAME);
			assertThat(context.getBean(EmbeddedZooKeeper.class)).isSameAs(server);
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("Hello from the seed");
		}
	}

	@Test
	void startsNoServerWhenNotEnabled() throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			zk.set("/config/seeded/greeting/message", "from the external server");
			try (ConfigurableApplicationContext context = run(
					"spring.cloud.zookeeper.connect-string=" + zk.connectString(),
					"zkconfig.embedded.seed=classpath:embedded/seed.yml")) {
				assertThat(context.getBeansOfType(EmbeddedZooKeeper.class)).isEmpty();
				assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("from the external server");
				assertThat(zk.client().checkExists().forPath("/config/seeded/app/title")).isNull();
			}
		}
	}

}
