package dev.zkconfig;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.zkconfig.apply.ChangeHistory;
import dev.zkconfig.apply.ChangePipeline;
import dev.zkconfig.snapshot.ConfigChange;
import dev.zkconfig.event.ZkConfigChangeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.zookeeper.config.ConfigWatcher;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Changes in ZooKeeper reach the application's beans, once each and without rebuilding
 * the environment.
 */
@ExtendWith(OutputCaptureExtension.class)
class LiveRefreshIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void updateReachesRefreshScopeAndConfigurationPropertiesBeans() {
		zk.set("/config/update/greeting/message", "hello");
		zk.set("/config/update/app/title", "first");
		try (ConfigurableApplicationContext context = zk.run("update")) {
			ZkTestApp.AppProperties properties = context.getBean(ZkTestApp.AppProperties.class);
			assertThat(greeting(context)).isEqualTo("hello");
			assertThat(properties.getTitle()).isEqualTo("first");
			zk.set("/config/update/greeting/message", "bonjour");
			zk.set("/config/update/app/title", "second");
			await().untilAsserted(() -> {
				assertThat(greeting(context)).isEqualTo("bonjour");
				assertThat(properties.getTitle()).isEqualTo("second");
			});
		}
	}

	@Test
	void addedKeysReachBeansAndDeletedKeysFallBackToTheNextSourceThenTheDefault() {
		zk.set("/config/application/app/title", "from-application");
		try (ConfigurableApplicationContext context = zk.run("fallback")) {
			ZkTestApp.AppProperties properties = context.getBean(ZkTestApp.AppProperties.class);
			assertThat(greeting(context)).isEqualTo("default-message");
			assertThat(properties.getTitle()).isEqualTo("from-application");

			zk.set("/config/fallback/greeting/message", "added");
			zk.set("/config/fallback/app/title", "from-fallback");
			await().untilAsserted(() -> {
				assertThat(greeting(context)).isEqualTo("added");
				assertThat(properties.getTitle()).isEqualTo("from-fallback");
			});

			// delete the parents too: an empty childless znode is itself a property
			// (stock layout)
			zk.delete("/config/fallback/app");
			zk.delete("/config/fallback/greeting");
			await().untilAsserted(() -> {
				assertThat(greeting(context)).isEqualTo("default-message");
				assertThat(properties.getTitle()).isEqualTo("from-application");
			});

			zk.delete("/config/application/app");
			await().untilAsserted(() -> assertThat(properties.getTitle()).isEqualTo("default-title"));
		}
	}

	@Test
	void onlyTheConfigurationPropertiesBeansAChangeConcernsAreRebound() {
		zk.set("/config/targeted/app/title", "t1");
		zk.set("/config/targeted/other/name", "n1");
		try (ConfigurableApplicationContext context = zk.run("targeted")) {
			ZkTestApp.AppProperties app = context.getBean(ZkTestApp.AppProperties.class);
			ZkTestApp.OtherProperties other = context.getBean(ZkTestApp.OtherProperties.class);
			int bindings = other.getBindings();
			zk.set("/config/targeted/app/title", "t2");
			await().untilAsserted(() -> assertThat(app.getTitle()).isEqualTo("t2"));
			assertThat(other.getBindings()).isEqualTo(bindings);
			zk.set("/config/targeted/other/name", "n2");
			await().untilAsserted(() -> assertThat(other.getName()).isEqualTo("n2"));
			assertThat(other.getBindings()).isEqualTo(bindings + 1);
		}
	}

	@Test
	void logLevelsChangeWhenALoggingKeyChanges() {
		LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());
		try (ConfigurableApplicationContext context = zk.run("levels")) {
			zk.set("/config/levels/logging/level/dev.zkconfig.demo", "TRACE");
			// the logger exists only once the level has been set
			await()
				.untilAsserted(() -> assertThat(loggingSystem.getLoggerConfiguration("dev.zkconfig.demo")).isNotNull()
					.extracting(LoggerConfiguration::getEffectiveLevel)
					.isEqualTo(LogLevel.TRACE));
		}
	}

	@Test
	void changeEventListsEachKeyWithItsOldAndNewValue() throws Exception {
		zk.set("/config/events/app/size", "1");
		try (ConfigurableApplicationContext context = zk.run("events")) {
			ZkTestApp.ChangeEvents events = context.getBean(ZkTestApp.ChangeEvents.class);
			zk.set("/config/events/app/size", "2");
			await().until(() -> !events.all().isEmpty());
			assertThat(events.all().get(0).getChanges())
				.extracting(ConfigChange::context, ConfigChange::key, ConfigChange::oldValue, ConfigChange::newValue,
						ConfigChange::kind)
				.containsExactly(tuple("/config/events", "app.size", "1", "2", ConfigChange.Kind.UPDATED));
			assertThat(events.all().get(0).getChanges().get(0).zxid())
				.isEqualTo(zk.client().checkExists().forPath("/config/events/app/size").getMzxid());
			assertThat(context.getBean(ZkTestApp.AppProperties.class).getSize()).isEqualTo(2);
		}
	}

	@Test
	void aChangeThatAContextOfHigherPrecedenceHidesReachesNoBeanAndNoListener() {
		zk.set("/config/shadowed/greeting/message", "base");
		zk.set("/config/shadowed,dev/greeting/message", "dev");
		try (ConfigurableApplicationContext context = zk.run("shadowed", "spring.profiles.active=dev")) {
			ZkTestApp.ChangeEvents events = context.getBean(ZkTestApp.ChangeEvents.class);
			ChangeHistory history = context.getBean(ChangeHistory.class);
			ZkTestApp.Greeter greeter = context.getBean(ZkTestApp.Greeter.class);
			assertThat(greeter.getMessage()).isEqualTo("dev");

			zk.set("/config/shadowed/greeting/message", "base-2");
			await().until(() -> !history.getRecent().isEmpty());
			// accepted in its context, and shown there ...
			assertThat(history.getRecent()).singleElement().satisfies((entry) -> {
				assertThat(entry.change().context()).isEqualTo("/config/shadowed");
				assertThat(entry.change().key()).isEqualTo("greeting.message");
				assertThat(entry.beans()).isEmpty();
			});
			// ... but the application's value did not change
			zk.set("/config/shadowed,dev/marker", "set");
			await().until(() -> !events.all().isEmpty());
			assertThat(events.all()).singleElement()
				.satisfies((event) -> assertThat(event.getKeys()).containsExactly("marker"));
			assertThat(greeter.getMessage()).isEqualTo("dev");

			// the child and its parent go in two writes: the parent, childless for a
			// moment, may be the key 'greeting' in between
			zk.delete("/config/shadowed,dev/greeting");
			await().untilAsserted(() -> assertThat(greeter.getMessage()).isEqualTo("base-2"));
			assertThat(events.all()).flatMap(ZkConfigChangeEvent::getKeys).contains("greeting.message");
		}
	}

	@Test
	void aChangeThatACommandLineArgumentHidesReachesNoListener() {
		zk.set("/config/argument/greeting/message", "from-zookeeper");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZkTestApp.class)
			.web(WebApplicationType.NONE)
			.properties("zkconfig.snapshot.enabled=false", "spring.application.name=argument",
					"spring.config.import=zookeeper:", "spring.cloud.zookeeper.connect-string=" + zk.connectString())
			.run("--greeting.message=from-command-line")) {
			ZkTestApp.ChangeEvents events = context.getBean(ZkTestApp.ChangeEvents.class);
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("from-command-line");
			zk.set("/config/argument/greeting/message", "changed");
			zk.set("/config/argument/marker", "set");
			await().until(() -> events.all().stream().anyMatch((event) -> event.getKeys().contains("marker")));
			assertThat(events.all()).flatMap(ZkConfigChangeEvent::getKeys).containsExactly("marker");
		}
	}

	@Test
	void startupCausesNoRefreshAndTheStockWatcherIsOff() {
		for (int i = 0; i < 100; i++) {
			zk.set("/config/quiet/key" + i, "value" + i);
		}
		try (ConfigurableApplicationContext context = zk.run("quiet")) {
			ZkTestApp.ChangeEvents events = context.getBean(ZkTestApp.ChangeEvents.class);
			assertThat(context.getBeansOfType(ConfigWatcher.class)).isEmpty();
			zk.set("/config/quiet/key7", "changed");
			await().until(() -> !events.all().isEmpty());
			// had startup queued anything, it would have been applied before or with this
			// change
			assertThat(events.all()).hasSize(1);
			assertThat(events.all().get(0).getKeys()).containsExactly("key7");
			assertThat(context.getBean(ChangePipeline.class).getAppliedRounds()).isEqualTo(1);
		}
	}

	@Test
	void burstOfWritesEndsWithZooKeepersValuesInFarFewerRefreshes() throws Exception {
		int keys = 50;
		int writes = 500;
		for (int i = 0; i < keys; i++) {
			zk.set("/config/burst/burst/k" + i, "initial");
		}
		zk.set("/config/burst/greeting/message", "initial");
		try (ConfigurableApplicationContext context = zk.run("burst")) {
			ZkTestApp.ChangeEvents events = context.getBean(ZkTestApp.ChangeEvents.class);
			CountDownLatch acknowledged = new CountDownLatch(writes);
			for (int i = 0; i < writes; i++) {
				String path = (i % keys == 0) ? "/config/burst/greeting/message" : "/config/burst/burst/k" + (i % keys);
				zk.client()
					.setData()
					.inBackground((client, event) -> acknowledged.countDown())
					.forPath(path, ("v" + i).getBytes(StandardCharsets.UTF_8));
			}
			assertThat(acknowledged.await(30, TimeUnit.SECONDS)).isTrue();
			await().untilAsserted(() -> {
				for (int k = 1; k < keys; k++) {
					assertThat(context.getEnvironment().getProperty("burst.k" + k))
						.isEqualTo("v" + (writes - keys + k));
				}
				assertThat(greeting(context)).isEqualTo("v" + (writes - keys));
			});
			await().until(() -> context.getBean(ChangePipeline.class).isIdle());
			List<ZkConfigChangeEvent> applied = events.all();
			assertThat(applied).hasSizeLessThan(writes / 5);
			assertThat(applied.get(applied.size() - 1).getChanges()).isNotEmpty();
		}
	}

	@Test
	void changeWrittenAfterLoadingButBeforeTheContextIsReadyIsNotLost() {
		zk.set("/config/gap/app/title", "loaded");
		CountDownLatch written = new CountDownLatch(1);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZkTestApp.class)
			.web(WebApplicationType.NONE)
			.properties("zkconfig.snapshot.enabled=false", "spring.application.name=gap",
					"spring.config.import=zookeeper:", "spring.cloud.zookeeper.connect-string=" + zk.connectString())
			.initializers((applicationContext) -> {
				zk.set("/config/gap/app/title", "written-during-startup");
				// nothing is accepted before the beans exist that could reject it
				assertThat(applicationContext.getEnvironment().getProperty("app.title")).isEqualTo("loaded");
				written.countDown();
			})
			.run()) {
			assertThat(written.getCount()).isZero();
			ZkTestApp.ChangeEvents events = context.getBean(ZkTestApp.ChangeEvents.class);
			await().until(() -> !events.all().isEmpty());
			assertThat(events.all().get(0).getChanges())
				.extracting(ConfigChange::key, ConfigChange::oldValue, ConfigChange::newValue)
				.containsExactly(tuple("app.title", "loaded", "written-during-startup"));
			assertThat(context.getBean(ZkTestApp.AppProperties.class).getTitle()).isEqualTo("written-during-startup");
		}
	}

	@Test
	void secretValuesAreNeitherLoggedNorShownInEvents(CapturedOutput output) {
		zk.set("/config/secrets/db/password", "initial-pw-4711");
		try (ConfigurableApplicationContext context = zk.run("secrets")) {
			ZkTestApp.ChangeEvents events = context.getBean(ZkTestApp.ChangeEvents.class);
			zk.set("/config/secrets/db/password", "changed-pw-0815");
			zk.set("/config/secrets/api/url", "https://user:url-pw-1234@example.test/api");
			await().until(() -> events.all().stream().anyMatch((event) -> event.getKeys().contains("api.url")));
			String described = events.all().toString();
			assertThat(described).contains("db.password", "api.url");
			assertThat(described).doesNotContain("initial-pw-4711", "changed-pw-0815", "url-pw-1234", "example.test");
			ConfigChange url = events.all()
				.stream()
				.flatMap((event) -> event.getChanges().stream())
				.filter((change) -> change.key().equals("api.url"))
				.findFirst()
				.orElseThrow();
			assertThat(url.sanitizedNewValue()).isEqualTo("https://user:******@example.test/api");
			assertThat(output).contains("db.password").doesNotContain("changed-pw-0815", "url-pw-1234");
			assertThat(context.getEnvironment().getProperty("db.password")).isEqualTo("changed-pw-0815");
		}
	}

	private static String greeting(ConfigurableApplicationContext context) {
		return context.getBean(ZkTestApp.Greeter.class).getMessage();
	}

}
