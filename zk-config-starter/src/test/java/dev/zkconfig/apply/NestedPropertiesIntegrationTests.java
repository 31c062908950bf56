package dev.zkconfig.apply;

import dev.zkconfig.ZkTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A deleted key of a nested {@code @ConfigurationProperties} object takes its default
 * again when the bean is rebound.
 */
class NestedPropertiesIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void aDeletedNestedKeyTakesItsDefaultAgain() {
		zk.set("/config/nested/shop/name", "first");
		zk.set("/config/nested/shop/limits/max", "20");
		try (ConfigurableApplicationContext context = zk.run(NestedApp.class, "nested")) {
			Shop shop = context.getBean(Shop.class);
			assertThat(shop.getLimits().getMax()).isEqualTo(20);
			zk.delete("/config/nested/shop/limits");
			zk.set("/config/nested/shop/name", "second");
			await().untilAsserted(() -> assertThat(shop.getName()).isEqualTo("second"));
			assertThat(shop.getLimits().getMax()).isEqualTo(10);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableConfigurationProperties(Shop.class)
	static class NestedApp {

	}

	@ConfigurationProperties("shop")
	public static class Shop {

		private volatile String name = "none";

		private Limits limits = new Limits();

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Limits getLimits() {
			return this.limits;
		}

		public void setLimits(Limits limits) {
			this.limits = limits;
		}

	}

	public static class Limits {

		private int max = 10;

		public int getMax() {
			return this.max;
		}

		public void setMax(int max) {
			this.max = max;
		}

	}

}
