package dev.zkconfig;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same application sees the same values at startup with our starter and with the
 * stock one ({@code zkconfig.enabled=false}).
 */
class StartupParityIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@BeforeAll
	static void createNodes() {
		zk.set("/config/application/level", "application");
		zk.set("/config/application/shared.only-application", "a");
		zk.set("/config/application,dev/level", "application,dev");
		zk.set("/config/parity/level", "parity");
		zk.set("/config/parity,dev/level", "parity,dev");
		zk.set("/config/parity/greeting/message", "parity-greeting");
		zk.set("/config/parity/greeting/count", "42");
		zk.set("/config/parity/app/title", "Parity");
		zk.set("/config/parity/app/size", "7");
		zk.set("/config/parity/server.port", "9090");
		zk.set("/config/parity/empty", "");
		zk.set("/config/parity/node", "own-value");
		zk.set("/config/parity/node/child", "child-value");
		zk.set("/config/parity/deep/a/b", "deep");
		zk.set("/config/parity/unicode", "grüße ✓");
	}

	@ParameterizedTest(name = "zkconfig.enabled={0}")
	@ValueSource(booleans = { true, false })
	void startupValuesAreTheSameWithAndWithoutOurStarter(boolean zkConfigEnabled) {
		try (ConfigurableApplicationContext context = zk.run("parity", "spring.profiles.active=dev",
				"zkconfig.enabled=" + zkConfigEnabled)) {
			Environment environment = context.getEnvironment();
			assertThat(environment.getProperty("level")).isEqualTo("parity,dev");
			assertThat(environment.getProperty("shared.only-application")).isEqualTo("a");
			assertThat(environment.getProperty("server.port")).isEqualTo("9090");
			assertThat(environment.getProperty("empty")).isEmpty();
			assertThat(environment.getProperty("node")).isEqualTo("own-value");
			assertThat(environment.getProperty("node.child")).isEqualTo("child-value");
			assertThat(environment.getProperty("deep.a.b")).isEqualTo("deep");
			assertThat(environment.getProperty("deep.a")).isNull();
			assertThat(environment.getProperty("unicode")).isEqualTo("grüße ✓");
			ZkTestApp.Greeter greeter = context.getBean(ZkTestApp.Greeter.class);
			assertThat(greeter.getMessage()).isEqualTo("parity-greeting");
			assertThat(greeter.getCount()).isEqualTo(42);
			ZkTestApp.AppProperties properties = context.getBean(ZkTestApp.AppProperties.class);
			assertThat(properties.getTitle()).isEqualTo("Parity");
			assertThat(properties.getSize()).isEqualTo(7);
			assertThat(environment.getProperty("spring.cloud.zookeeper.config.property-source-contexts", List.class))
				.containsExactlyInAnyOrder("config/parity,dev", "config/parity", "config/application,dev",
						"config/application");
		}
	}

}
