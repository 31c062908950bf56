package dev.zkconfig.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.zkconfig.ZkTestApp;
import dev.zkconfig.configdata.ZkConfigConnectException;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.apache.zookeeper.client.ZKClientConfig;
import org.apache.zookeeper.common.ClientX509Util;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * TLS to ZooKeeper with a Spring Boot SSL bundle ({@code zkconfig.ssl.bundle}), against a
 * real server whose secure port requires client certificates, with certificates made by
 * the test.
 */
@ExtendWith(OutputCaptureExtension.class)
class TlsIntegrationTests {

	private static TestCertificates certificates;

	private static TlsZooKeeperServer server;

	@BeforeAll
	static void startServer() throws Exception {
		certificates = TestCertificates.get();
		server = new TlsZooKeeperServer(certificates);
		server.set("/config/tls/greeting/message", "over TLS");
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	private static ConfigurableApplicationContext run(String... properties) throws Exception {
		return new SpringApplicationBuilder(ZkTestApp.class).web(WebApplicationType.NONE)
			.properties("spring.application.name=tls", "spring.config.import=zookeeper:",
					"spring.cloud.zookeeper.connect-string=" + server.secureConnectString(),
					"zkconfig.snapshot.enabled=false", "zkconfig.ssl.bundle=zk")
			.properties(properties)
			.run();
	}

	@Test
	void loadsItsConfigurationOverTlsWithAJksBundle() throws Exception {
		Path keyStore;
		try (ConfigurableApplicationContext context = run(
				certificates.jksBundle("zk", "client.p12", "truststore.p12"))) {
			assertThat(context.getEnvironment().getProperty("greeting.message")).isEqualTo("over TLS");
			ZKClientConfig config = clientConfig(context);
			assertThat(config.getBoolean(ZKClientConfig.SECURE_CLIENT)).isTrue();
			assertThat(config.getProperty(ZKClientConfig.ZOOKEEPER_CLIENT_CNXN_SOCKET))
				.isEqualTo("org.apache.zookeeper.ClientCnxnSocketNetty");
			try (ClientX509Util x509 = new ClientX509Util()) {
				keyStore = Path.of(config.getProperty(x509.getSslKeystoreLocationProperty()));
				assertThat(config.getProperty(x509.getSslKeystorePasswdProperty()))
					.isNotEqualTo(TestCertificates.PASSWORD);
			}
			assertThat(Files.getPosixFilePermissions(keyStore)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(Files.getPosixFilePermissions(keyStore.getParent()))
				.isEqualTo(PosixFilePermissions.fromString("rwx------"));
			// the server's own settings are JVM-wide system properties: the client does
			// not use them
			assertThat(keyStore.toString()).isNotEqualTo(System.getProperty("zookeeper.ssl.keyStore.location"));
			// a new session reads the files again
			context.getBean(ZkConfigClient.class)
				.getCurator()
				.getZookeeperClient()
				.getZooKeeper()
				.getTestable()
				.injectSessionExpiration();
			server.set("/config/tls/greeting/message", "over TLS again");
			await().untilAsserted(() -> assertThat(context.getEnvironment().getProperty("greeting.message"))
				.isEqualTo("over TLS again"));
			server.set("/config/tls/greeting/message", "over TLS");
		}
		assertThat(keyStore.getParent()).doesNotExist();
	}

	@Test
	void loadsItsConfigurationOverTlsWithAPemBundle() throws Exception {
		String prefix = "spring.ssl.bundle.pem.zk";
		try (ConfigurableApplicationContext context = run(
				prefix + ".keystore.certificate=" + certificates.location("client.crt"),
				prefix + ".keystore.private-key=" + certificates.location("client.key"),
				prefix + ".truststore.certificate=" + certificates.location("ca.crt"))) {
			assertThat(context.getEnvironment().getProperty("greeting.message")).isEqualTo("over TLS");
			assertThat(clientConfig(context).getBoolean(ZKClientConfig.SECURE_CLIENT)).isTrue();
		}
	}

	@Test
	void anUntrustedServerCertificateIsRefusedWithAClearError(CapturedOutput output) throws Exception {
		Set<Path> before = temporaryKeyStores();
		assertThatException()
			.isThrownBy(() -> run(Stream
				.concat(Stream.of(certificates.jksBundle("zk", "client.p12", "rogue.p12")),
						Stream.of("spring.cloud.zookeeper.block-until-connected-wait=1"))
				.toArray(String[]::new)).close())
			.havingCause()
			.isInstanceOf(ZkConfigConnectException.class)
			.withMessageStartingWith("Could not connect to ZooKeeper at '" + server.secureConnectString()
					+ "' within 1 second: the TLS handshake with " + server.secureConnectString()
					+ " failed with SSL bundle 'zk': ")
			.withMessageContaining("PKIX path")
			.withCauseInstanceOf(TlsHandshakeFailedException.class);
		assertThat(output)
			.contains("Check that the trust store of SSL bundle 'zk' (spring.ssl.bundle.jks.zk.truststore.* "
					+ "or spring.ssl.bundle.pem.zk.truststore.*) trusts the certificate of ZooKeeper at "
					+ server.secureConnectString());
		assertThat(temporaryKeyStores()).isEqualTo(before);
	}

	@Test
	void aBundleThatIsNotConfiguredIsNamed(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("zkconfig.ssl.bundle=missing").close());
		assertThat(output).contains(
				"SSL bundle 'missing' named by zkconfig.ssl.bundle is not configured: define it "
						+ "with spring.ssl.bundle.jks.missing.* or spring.ssl.bundle.pem.missing.*",
				"Fix zkconfig.ssl.bundle.");
	}

	private static ZKClientConfig clientConfig(ConfigurableApplicationContext context) throws Exception {
		return context.getBean(ZkConfigClient.class).getCurator().getZookeeperClient().getZooKeeper().getClientConfig();
	}

	private static Set<Path> temporaryKeyStores() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("zkconfig-tls-"))
				.collect(Collectors.toSet());
		}
	}

}
