package dev.zkconfig;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LiveRefreshIntegrationTests {

	private static ZkTestSupport zk;

	@BeforeAll
	static void startZooKeeper() throws Exception {
		zk = new ZkTestSupport();
	}

	@AfterAll
	static void stopZooKeeper() throws Exception {
		zk.close();
	}

	private ConfigurableApplicationContext run(String appName, String... args) {
		return new SpringApplicationBuilder(ZkTestApp.class).web(WebApplicationType.NONE)
			.properties("spring.application.name=" + appName, "spring.config.import=zookeeper:",
					"spring.cloud.zookeeper.connect-string=" + zk.connectString())
			.run(args);
	}

	@Test
	void updateReachesRefreshScopeAndConfigurationPropertiesBeans() {
		zk.set("/config/live1/greeting/message", "hello");
		zk.set("/config/live1/app/title", "first");
		try (ConfigurableApplicationContext context = run("live1")) {
			ZkTestApp.AppProperties properties = context.getBean(ZkTestApp.AppProperties.class);
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("hello");
			assertThat(properties.getTitle()).isEqualTo("first");
			zk.set("/config/live1/greeting/message", "bonjour");
			zk.set("/config/live1/app/title", "second");
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("bonjour");
				assertThat(properties.getTitle()).isEqualTo("second");
			});
		}
	}

}
