package dev.zkconfig.guard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.guard.GuardTestApp.Counter;
import dev.zkconfig.guard.GuardTestApp.Events;
import dev.zkconfig.guard.GuardTestApp.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A value that a bean cannot take is rejected whole: the bean and the {@code Environment}
 * keep the last good value, the error names the key, znode, target and reason but never
 * the value, and the next good write is accepted by itself.
 */
@ExtendWith(OutputCaptureExtension.class)
class GuardIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void nonNumericValueForAnIntValueIsRejected(CapturedOutput output) {
		rejectedThenRecovered("nonnumeric", "counter/size", "2", "abc-4711", "3", (context) -> counter(context).size(),
				2, 3, "cannot be converted to int");
		assertThat(output).contains("counter.size", "/config/nonnumeric/counter/size").doesNotContain("abc-4711");
	}

	@Test
	void emptyValueForAnIntValueIsRejected() {
		rejectedThenRecovered("emptyint", "counter/size", "2", "", "5", (context) -> counter(context).size(), 2, 5,
				"cannot be converted to int");
	}

	@Test
	void placeholderToAMissingKeyIsRejected() {
		rejectedThenRecovered("missing", "counter/label", "good", "${no.such.key}", "better",
				(context) -> counter(context).label(), "good", "better",
				"placeholder 'no.such.key' cannot be resolved");
	}

	@Test
	void circularPlaceholdersAreRejected() {
		zk.set("/config/circular/counter/label", "good");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "circular")) {
			Events events = context.getBean(Events.class);
			transaction(op("/config/circular/a", "${b}"), op("/config/circular/b", "${a}"),
					op("/config/circular/counter/label", "${a}"));
			await().until(() -> !events.rejections().isEmpty());
			assertThat(events.rejections()).extracting(Rejection::reason)
				.anySatisfy((reason) -> assertThat(reason).contains("circular placeholder reference"));
			assertThat(counter(context).label()).isEqualTo("good");
			assertThat(context.getEnvironment().getProperty("counter.label")).isEqualTo("good");
			assertThat(context.getEnvironment().containsProperty("a")).isFalse();
		}
	}

	@Test
	void nonNumericValueForAnIntConfigurationPropertyIsRejected() {
		rejectedThenRecovered("cpint", "limits/max", "20", "lots", "30", (context) -> limits(context).getMax(), 20, 30,
				"property 'limits.max' cannot be converted to int");
	}

	@Test
	void aPackagePrivateConfigurationPropertiesClassIsCheckedToo() {
		rejectedThenRecovered("hiddenint", "hidden/port", "8080", "eighty", "8081",
				(context) -> context.getBean(GuardTestApp.Hidden.class).getPort(), 8080, 8081,
				"property 'hidden.port' cannot be converted to int");
	}

	@Test
	void aConfigurationPropertiesBeanWithoutADefaultConstructorIsCheckedToo() {
		rejectedThenRecovered("unbuildable", "client/timeout", "5", "slow", "7",
				(context) -> context.getBean(GuardTestApp.Client.class).getTimeout(), 5, 7,
				"property 'client.timeout' cannot be converted to int");
	}

	@Test
	void minConstraintViolationIsRejected() {
		rejectedThenRecovered("minimum", "limits/max", "20", "-123", "40", (context) -> limits(context).getMax(), 20,
				40, "'max' must be greater than or equal to 1");
	}

	@Test
	void notBlankConstraintViolationIsRejected() {
		rejectedThenRecovered("notblank", "limits/name", "first", "   ", "second",
				(context) -> limits(context).getName(), "first", "second", "'name' must not be blank");
	}

	@Test
	void aTransactionWithOneBadValueIsRejectedWholeAndAppliedWholeOnceFixed() {
		for (String bean : List.of("pool", "cache", "queue", "retry")) {
			zk.set("/config/batch/" + bean + "/size", "1");
		}
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "batch")) {
			Events events = context.getBean(Events.class);
			transaction(op("/config/batch/pool/size", "2"), op("/config/batch/cache/size", "not-a-number"),
					op("/config/batch/queue/size", "2"), op("/config/batch/retry/size", "2"));
			await().until(() -> !events.rejections().isEmpty());
			assertThat(sizes(context)).containsExactly(1, 1, 1, 1);
			assertThat(context.getEnvironment().getProperty("pool.size")).isEqualTo("1");

			zk.set("/config/batch/cache/size", "2");
			await().untilAsserted(() -> assertThat(sizes(context)).containsExactly(2, 2, 2, 2));
			assertThat(context.getBean(Rejections.class).getStanding()).isEmpty();
		}
	}

	@Test
	void aTransactionWithAConstraintViolationAppliesNeitherOfItsKeys() {
		zk.set("/config/constraint/limits/max", "5");
		zk.set("/config/constraint/limits/name", "before");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "constraint")) {
			Events events = context.getBean(Events.class);
			transaction(op("/config/constraint/limits/max", "0"), op("/config/constraint/limits/name", "after"));
			await().until(() -> !events.rejections().isEmpty());
			assertThat(limits(context).getName()).isEqualTo("before");
			assertThat(context.getEnvironment().getProperty("limits.name")).isEqualTo("before");
			assertThat(limits(context).getMax()).isEqualTo(5);

			zk.set("/config/constraint/limits/max", "6");
			await().untilAsserted(() -> assertThat(limits(context).getName()).isEqualTo("after"));
			assertThat(limits(context).getMax()).isEqualTo(6);
		}
	}

	@Test
	void aGoodWriteIsNotHeldBackByABadOneArrivingTogether() {
		zk.set("/config/independent/pool/size", "1");
		zk.set("/config/independent/limits/max", "5");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "independent",
				"zkconfig.refresh.coalesce-window=2s")) {
			Events events = context.getBean(Events.class);
			// the first change is applied at once; the next two arrive within the window
			zk.set("/config/independent/pool/size", "2");
			await().untilAsserted(() -> assertThat(context.getBean(GuardTestApp.Pool.class).getSize()).isEqualTo(2));
			zk.set("/config/independent/limits/max", "-1");
			zk.set("/config/independent/pool/size", "3");
			await().untilAsserted(() -> assertThat(context.getBean(GuardTestApp.Pool.class).getSize()).isEqualTo(3));
			assertThat(events.rejections()).extracting(Rejection::key).containsExactly("limits.max");
			assertThat(limits(context).getMax()).isEqualTo(5);
		}
	}

	@Test
	void withTheGuardOffABadValueReachesTheEnvironment() {
		zk.set("/config/unguarded/limits/max", "20");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "unguarded",
				"zkconfig.guard.enabled=false")) {
			zk.set("/config/unguarded/limits/max", "lots");
			await()
				.untilAsserted(() -> assertThat(context.getEnvironment().getProperty("limits.max")).isEqualTo("lots"));
			assertThat(context.getBeansOfType(ConfigGuard.class)).isEmpty();
		}
	}

	@Test
	void deletingAKeyThatAValueNeedsIsRejected() {
		zk.set("/config/needed/title", "kept");
		try (ConfigurableApplicationContext context = zk.run(NeedingApp.class, "needed")) {
			Rejections rejections = context.getBean(Rejections.class);
			zk.delete("/config/needed/title");
			await().until(rejections::getStanding, (standing) -> !standing.isEmpty());
			Rejection rejection = rejections.getStanding().get(0);
			assertThat(rejection.key()).isEqualTo("title");
			assertThat(rejection.reason()).contains("placeholder 'title' cannot be resolved");
			assertThat(context.getEnvironment().getProperty("title")).isEqualTo("kept");
			assertThat(context.getBean(Needing.class).name).isEqualTo("kept");
			zk.set("/config/needed/title", "back");
			await().until(() -> context.getBean(Needing.class).name, "back"::equals);
			assertThat(rejections.getStanding()).isEmpty();
		}
	}

	private static <T> void rejectedThenRecovered(String app, String relativePath, String initial, String bad,
			String good, Function<ConfigurableApplicationContext, T> bean, T initialValue, T goodValue, String reason) {
		String path = "/config/" + app + "/" + relativePath;
		String key = relativePath.replace('/', '.');
		zk.set(path, initial);
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, app)) {
			Events events = context.getBean(Events.class);
			assertThat(bean.apply(context)).isEqualTo(initialValue);
			zk.set(path, bad);
			await().until(() -> !events.rejections().isEmpty());
			Rejection rejection = events.rejections().get(0);
			assertThat(rejection.key()).isEqualTo(key);
			assertThat(rejection.path()).isEqualTo(path);
			assertThat(rejection.context()).isEqualTo("/config/" + app);
			assertThat(rejection.reason()).contains(reason);
			if (bad.length() > 2) {
				assertThat(events.rejections().toString()).doesNotContain(bad);
			}
			assertThat(bean.apply(context)).isEqualTo(initialValue);
			assertThat(context.getEnvironment().getProperty(key)).isEqualTo(initial);
			assertThat(context.getBean(Rejections.class).getStanding())
				.containsExactlyInAnyOrderElementsOf(events.rejections());

			zk.set(path, good);
			await().untilAsserted(() -> assertThat(bean.apply(context)).isEqualTo(goodValue));
			assertThat(context.getEnvironment().getProperty(key)).isEqualTo(good);
			assertThat(context.getBean(Rejections.class).getStanding()).isEmpty();
			assertThat(context.getBean(Rejections.class).getRecent())
				.containsExactlyInAnyOrderElementsOf(events.rejections());
		}
	}

	private static Counter counter(ConfigurableApplicationContext context) {
		return context.getBean(Counter.class);
	}

	private static Limits limits(ConfigurableApplicationContext context) {
		return context.getBean(Limits.class);
	}

	private static List<Integer> sizes(ConfigurableApplicationContext context) {
		return List.of(context.getBean(GuardTestApp.Pool.class).getSize(),
				context.getBean(GuardTestApp.Cache.class).getSize(),
				context.getBean(GuardTestApp.Queue.class).getSize(),
				context.getBean(GuardTestApp.Retry.class).getSize());
	}

	static org.apache.curator.framework.api.transaction.CuratorOp op(String path, String value) {
		try {
			byte[] data = value.getBytes(StandardCharsets.UTF_8);
			return (zk.client().checkExists().forPath(path) != null)
					? zk.client().transactionOp().setData().forPath(path, data)
					: zk.client().transactionOp().create().forPath(path, data);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void transaction(org.apache.curator.framework.api.transaction.CuratorOp... operations) {
		try {
			zk.client().transaction().forOperations(operations);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class NeedingApp {

		@Bean
		Needing needing() {
			return new Needing();
		}

	}

	/** Reads a key without a default. */
	public static class Needing {

		@Value("${title}")
		volatile String name;

	}

}
