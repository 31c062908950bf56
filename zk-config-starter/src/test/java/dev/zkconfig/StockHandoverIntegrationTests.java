package dev.zkconfig;

import dev.zkconfig.zookeeper.ZkConfigClient;
import dev.zkconfig.source.ZkPropertySource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.cloud.zookeeper.config.ConfigWatcher;
import org.springframework.cloud.zookeeper.config.ZookeeperPropertySource;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code zkconfig.enabled=false} gives the stock starter's behaviour back, whole.
 */
class StockHandoverIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@BeforeAll
	static void createNodes() {
		zk.set("/config/handover/greeting/message", "hello");
	}

	@Test
	void disabledHandsLoadingAndWatchingToTheStockStarter() {
		try (ConfigurableApplicationContext context = zk.run("handover", "zkconfig.enabled=false")) {
			assertThat(context.getEnvironment().getPropertySources().get("config/handover"))
				.isInstanceOf(ZookeeperPropertySource.class);
			assertThat(context.getBeansOfType(ConfigWatcher.class)).hasSize(1);
			assertThat(context.getBeansOfType(ZkConfigClient.class)).isEmpty();
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("hello");
		}
	}

	@Test
	void enabledReplacesTheStockSourceAndWatcher() {
		try (ConfigurableApplicationContext context = zk.run("handover")) {
			assertThat(context.getEnvironment().getPropertySources().get("config/handover"))
				.isInstanceOf(ZkPropertySource.class);
			assertThat(context.getBeansOfType(ConfigWatcher.class)).isEmpty();
			assertThat(context.getBeansOfType(ZkConfigClient.class)).hasSize(1);
		}
	}

}
