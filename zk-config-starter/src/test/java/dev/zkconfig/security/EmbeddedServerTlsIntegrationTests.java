package dev.zkconfig.security;

import java.util.stream.Stream;

import dev.zkconfig.ZkTestApp;
import dev.zkconfig.embedded.EmbeddedZooKeeper;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.apache.zookeeper.client.ZKClientConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded development server serves TLS with an SSL bundle
 * ({@code zkconfig.embedded.ssl-bundle}), and the application connects to it with the
 * same bundle, for a local try of TLS.
 */
class EmbeddedServerTlsIntegrationTests {

	@Test
	void servesTlsWithABundleAndTheApplicationLoadsItsSeedOverIt() throws Exception {
		TestCertificates certificates = TestCertificates.get();
		String keyStoreProperty = System.getProperty("zookeeper.ssl.keyStore.location");
		String[] properties = Stream.concat(Stream.of(certificates.jksBundle("dev", "server.p12", "truststore.p12")),
				Stream.of("zkconfig.snapshot.enabled=false", "spring.application.name=seeded",
						"spring.config.import=zookeeper:", "zkconfig.embedded.enabled=true", "zkconfig.embedded.port=0",
						"zkconfig.embedded.seed=classpath:embedded/seed.yml", "zkconfig.embedded.ssl-bundle=dev"))
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZkTestApp.class)
			.web(WebApplicationType.NONE)
			.properties(properties)
			.run()) {
			assertThat(context.getBean(EmbeddedZooKeeper.class).isSecure()).isTrue();
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("Hello from the seed");
			ZKClientConfig config = context.getBean(ZkConfigClient.class)
				.getCurator()
				.getZookeeperClient()
				.getZooKeeper()
				.getClientConfig();
			assertThat(config.getBoolean(ZKClientConfig.SECURE_CLIENT)).isTrue();
		}
		assertThat(System.getProperty("zookeeper.ssl.keyStore.location")).isEqualTo(keyStoreProperty);
	}

}
