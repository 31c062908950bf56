package dev.zkconfig.configdata;

import dev.zkconfig.ZkTestApp;
import dev.zkconfig.ZkTestSupport;
import org.apache.curator.RetryPolicy;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.context.encrypt.EncryptorFactory;
import org.springframework.cloud.zookeeper.ZookeeperProperties;
import org.springframework.cloud.zookeeper.config.ZookeeperConfigProperties;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the stock starter registers in the bootstrap context is registered too, and
 * settings are bound with the bind handler registered there.
 */
class BootstrapRegistrationIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void aCuratorFrameworkSupplierReadsTheConnectionSettingsAndRetryPolicyFromTheBootstrapContext() {
		zk.set("/config/supplied/greeting/message", "through-the-supplied-client");
		try (ConfigurableApplicationContext context = application("supplied")
			.addBootstrapRegistryInitializer((registry) -> registry.register(CuratorFramework.class, (bootstrap) -> {
				// the documented way to customise the stock starter's client, ACLs for
				// example
				ZookeeperProperties properties = bootstrap.get(ZookeeperProperties.class);
				assertThat(bootstrap.get(ZookeeperConfigProperties.class).getRoot()).isEqualTo("config");
				CuratorFramework curator = CuratorFrameworkFactory.newClient(properties.getConnectString(),
						bootstrap.get(RetryPolicy.class));
				curator.start();
				registry.addCloseListener((event) -> event.getApplicationContext()
					.getBeanFactory()
					.registerSingleton("suppliedCurator", new AutoCloseable() {
						@Override
						public void close() {
							curator.close();
						}
					}));
				return curator;
			}))
			.run()) {
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("through-the-supplied-client");
		}
	}

	@Test
	void encryptedConnectSettingsAreDecryptedByTheBootstrapBindHandler() {
		zk.set("/config/ciphered/greeting/message", "decrypted");
		String cipher = new EncryptorFactory().create("zk-config-test-key").encrypt(zk.connectString());
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZkTestApp.class)
			.web(WebApplicationType.NONE)
			.properties("spring.application.name=ciphered", "spring.config.import=zookeeper:",
					"encrypt.key=zk-config-test-key", "spring.cloud.zookeeper.connect-string={cipher}" + cipher,
					"zkconfig.snapshot.enabled=false")
			.run()) {
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("decrypted");
		}
	}

	private static SpringApplicationBuilder application(String name) {
		return new SpringApplicationBuilder(ZkTestApp.class).web(WebApplicationType.NONE)
			.properties("spring.application.name=" + name, "spring.config.import=zookeeper:",
					"spring.cloud.zookeeper.connect-string=" + zk.connectString(), "zkconfig.snapshot.enabled=false");
	}

}
