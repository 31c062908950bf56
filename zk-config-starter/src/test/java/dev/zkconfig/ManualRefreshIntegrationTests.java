package dev.zkconfig;

import java.util.List;
import java.util.stream.StreamSupport;

import dev.zkconfig.source.ZkPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A manual refresh ({@code /actuator/refresh} or {@link ContextRefresher#refresh()})
 * reuses the live sources instead of adding copies.
 */
class ManualRefreshIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void manualRefreshKeepsExactlyOneLiveSourcePerContext() {
		zk.set("/config/manual/greeting/message", "before");
		zk.set("/config/application/app/title", "shared");
		try (ConfigurableApplicationContext context = zk.run("manual", "spring.profiles.active=dev")) {
			List<ZkPropertySource> before = zkSources(context);
			assertThat(before).hasSize(4);

			context.getBean(ContextRefresher.class).refresh();
			context.getBean(ContextRefresher.class).refresh();

			List<ZkPropertySource> after = zkSources(context);
			assertThat(after).hasSize(4);
			for (int i = 0; i < before.size(); i++) {
				assertThat(after.get(i)).isSameAs(before.get(i));
			}
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("before");

			zk.set("/config/manual/greeting/message", "after");
			await().untilAsserted(
					() -> assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("after"));
			assertThat(zkSources(context)).hasSize(4);
		}
	}

	@Test
	void withTheWatcherDisabledOnlyAManualRefreshReadsZooKeeperAgain() {
		zk.set("/config/unwatched/greeting/message", "first");
		try (ConfigurableApplicationContext context = zk.run("unwatched",
				"spring.cloud.zookeeper.config.watcher.enabled=false")) {
			ZkTestApp.ChangeEvents events = context.getBean(ZkTestApp.ChangeEvents.class);
			zk.set("/config/unwatched/greeting/message", "second");
			zk.set("/config/unwatched/marker", "written-after");
			assertThat(zk.client().checkExists().forPath("/config/unwatched/marker")).isNotNull();
			assertThat(context.getEnvironment().getProperty("greeting.message")).isEqualTo("first");

			context.getBean(ContextRefresher.class).refresh();

			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("second");
			assertThat(context.getEnvironment().getProperty("marker")).isEqualTo("written-after");
			assertThat(zkSources(context)).hasSize(4);
			assertThat(events.all()).isEmpty();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void withSpringCloudRefreshDisabledChangesWaitForTheNextStartAsWithTheStockStarter() {
		zk.set("/config/frozen/greeting/message", "first");
		try (ConfigurableApplicationContext frozen = zk.run("frozen", "spring.cloud.refresh.enabled=false");
				ConfigurableApplicationContext live = zk.run("frozen")) {
			assertThat(frozen.getBeansOfType(RefreshScope.class)).isEmpty();
			assertThat(frozen.getBeansOfType(ContextRefresher.class)).isEmpty();
			zk.set("/config/frozen/greeting/message", "second");
			await().until(() -> live.getEnvironment().getProperty("greeting.message"), "second"::equals);
			assertThat(frozen.getEnvironment().getProperty("greeting.message")).isEqualTo("first");
		}
	}

	private static List<ZkPropertySource> zkSources(ConfigurableApplicationContext context) {
		return StreamSupport.stream(context.getEnvironment().getPropertySources().spliterator(), false)
			.filter(ZkPropertySource.class::isInstance)
			.map(ZkPropertySource.class::cast)
			.toList();
	}

}
