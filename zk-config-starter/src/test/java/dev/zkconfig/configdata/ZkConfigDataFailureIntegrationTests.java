package dev.zkconfig.configdata;

import dev.zkconfig.ZkTestApp;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.config.ConfigDataResourceNotFoundException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An unreachable ZooKeeper fails a required import with a clear message, and an optional
 * import starts without it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ZkConfigDataFailureIntegrationTests {

	private static final String UNREACHABLE = "127.0.0.1:1";

	private SpringApplicationBuilder application(String importLocation) {
		return new SpringApplicationBuilder(ZkTestApp.class).web(WebApplicationType.NONE)
			.properties("zkconfig.snapshot.enabled=false", "spring.application.name=failing",
					"spring.config.import=" + importLocation, "spring.cloud.zookeeper.connect-string=" + UNREACHABLE,
					"spring.cloud.zookeeper.block-until-connected-wait=1");
	}

	@Test
	void requiredImportFailsWithTheAddressAndWhatToDo(CapturedOutput output) {
		assertThatExceptionOfType(ConfigDataResourceNotFoundException.class)
			.isThrownBy(() -> application("zookeeper:").run().close())
			.havingCause()
			.isInstanceOf(ZkConfigConnectException.class)
			.withMessage("Could not connect to ZooKeeper at '127.0.0.1:1' within 1 second");
		assertThat(output).contains("Could not connect to ZooKeeper at '127.0.0.1:1' within 1 second",
				"Check that ZooKeeper is running at '127.0.0.1:1'", "spring.cloud.zookeeper.connect-string",
				"spring.config.import=optional:zookeeper:");
	}

	@Test
	void requiredImportIsIgnoredWhenConfigDataNotFoundIsToBeIgnored() {
		try (ConfigurableApplicationContext context = application("zookeeper:")
			.properties("spring.config.on-not-found=ignore")
			.run()) {
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("default-message");
		}
	}

	@Test
	void optionalImportStartsWithoutZooKeeperAndKeepsConnectingInTheBackground(CapturedOutput output) {
		try (ConfigurableApplicationContext context = application("optional:zookeeper:").run()) {
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("default-message");
			assertThat(context.getBean(ZkConfigClient.class).isAttached()).isFalse();
			// zk-config's client stands in for Spring Cloud Zookeeper's, which would wait
			// again
			assertThat(context.getBeansOfType(org.apache.curator.framework.CuratorFramework.class)).hasSize(1);
		}
		assertThat(output).containsOnlyOnce("Could not connect to ZooKeeper at '127.0.0.1:1' within 1 second; "
				+ "starting without it and connecting in the background");
	}

	@Test
	void invalidAddressInTheImportIsExplained() {
		assertThatExceptionOfType(ZkConfigImportException.class)
			.isThrownBy(() -> application("zookeeper:localhost:notaport").run().close())
			.withMessageContaining("Invalid ZooKeeper address 'localhost:notaport'")
			.withMessageContaining("expected host:port");
	}

}
