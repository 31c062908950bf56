package dev.zkconfig.configdata;

import java.util.List;
import java.util.stream.StreamSupport;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.source.ZkPropertySource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading: contexts, precedence and key mapping, as the stock starter has them.
 */
class ZkConfigDataIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@BeforeAll
	static void createNodes() {
		zk.set("/config/application/level", "application");
		zk.set("/config/application/only.application", "a");
		zk.set("/config/application,dev/level", "application,dev");
		zk.set("/config/application,dev/only.application-dev", "ad");
		zk.set("/config/orders/level", "orders");
		zk.set("/config/orders/only.orders", "o");
		zk.set("/config/orders,dev/level", "orders,dev");
		zk.set("/config/orders,dev/only.orders-dev", "od");
		zk.set("/config/layout/server/port", "8081");
		zk.set("/config/layout/spring.datasource.url", "jdbc:h2:mem:test");
		zk.set("/config/layout/empty", "");
		zk.set("/config/layout/parent", "parent-value");
		zk.set("/config/layout/parent/child", "child-value");
		zk.set("/config/layout/deep/a/b/c", "deep-value");
		zk.set("/ctx/one/level", "one");
		zk.set("/ctx/one/only.one", "1");
		zk.set("/ctx/two/level", "two");
	}

	@Test
	void automaticContextsTakePrecedenceFromProfileThenApplicationName() {
		try (ConfigurableApplicationContext context = zk.run("orders", "spring.profiles.active=dev")) {
			ConfigurableEnvironment environment = context.getEnvironment();
			assertThat(environment.getProperty("level")).isEqualTo("orders,dev");
			assertThat(environment.getProperty("only.orders")).isEqualTo("o");
			assertThat(environment.getProperty("only.application-dev")).isEqualTo("ad");
			assertThat(environment.getProperty("only.application")).isEqualTo("a");
			assertThat(environment.getProperty("only.orders-dev")).isEqualTo("od");
			assertThat(zkSourceNames(environment)).containsExactly("config/orders,dev", "config/orders",
					"config/application,dev", "config/application");
		}
	}

	@Test
	void withoutProfileTheDefaultProfileContextsAreUsed() {
		try (ConfigurableApplicationContext context = zk.run("orders")) {
			assertThat(context.getEnvironment().getProperty("level")).isEqualTo("orders");
			assertThat(context.getEnvironment().getProperty("only.orders-dev")).isNull();
			assertThat(zkSourceNames(context.getEnvironment())).containsExactly("config/orders,default",
					"config/orders", "config/application,default", "config/application");
		}
	}

	@Test
	void explicitContextsReplaceTheAutomaticOnesAndTheLastWins() {
		try (ConfigurableApplicationContext context = zk.run("orders",
				"spring.config.import=zookeeper:" + zk.connectString() + "/ctx/one;/ctx/two",
				"spring.cloud.zookeeper.connect-string=localhost:1")) {
			ConfigurableEnvironment environment = context.getEnvironment();
			assertThat(environment.getProperty("level")).isEqualTo("two");
			assertThat(environment.getProperty("only.one")).isEqualTo("1");
			assertThat(environment.getProperty("only.orders")).isNull();
			assertThat(zkSourceNames(environment)).containsExactly("/ctx/two", "/ctx/one");
		}
	}

	@Test
	void keysFollowTheStockNodeLayout() {
		try (ConfigurableApplicationContext context = zk.run("layout")) {
			ConfigurableEnvironment environment = context.getEnvironment();
			assertThat(environment.getProperty("server.port", Integer.class)).isEqualTo(8081);
			assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:test");
			assertThat(environment.getProperty("empty")).isEmpty();
			assertThat(environment.getProperty("parent")).isEqualTo("parent-value");
			assertThat(environment.getProperty("parent.child")).isEqualTo("child-value");
			assertThat(environment.getProperty("deep.a.b.c")).isEqualTo("deep-value");
			ZkPropertySource layout = (ZkPropertySource) environment.getPropertySources().get("config/layout");
			assertThat(layout.getPropertyNames()).containsExactlyInAnyOrder("server.port", "spring.datasource.url",
					"empty", "parent", "parent.child", "deep.a.b.c");
		}
	}

	@Test
	void missingContextsLoadEmptyAndStayWatched() {
		try (ConfigurableApplicationContext context = zk.run("not-there-yet")) {
			ZkPropertySource source = (ZkPropertySource) context.getEnvironment()
				.getPropertySources()
				.get("config/not-there-yet");
			assertThat(source.getPropertyNames()).isEmpty();
		}
	}

	static List<String> zkSourceNames(ConfigurableEnvironment environment) {
		return StreamSupport.stream(environment.getPropertySources().spliterator(), false)
			.filter(ZkPropertySource.class::isInstance)
			.map(PropertySource::getName)
			.toList();
	}

}
