package dev.zkconfig.apply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.event.ZkConfigChangeEvent;
import dev.zkconfig.event.ZkConfigListener;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.snapshot.ConfigChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Only what a change touches is refreshed: only the {@code @RefreshScope} beans that read
 * a changed key are re-created, each before its old instance goes, and listeners hear of
 * the keys they asked for. {@code @Value}s of singletons:
 * {@link ValueInPlaceIntegrationTests}.
 */
@ExtendWith(OutputCaptureExtension.class)
class TargetedRefreshIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void changingOneKeyRecreatesExactlyTheOneRefreshScopeBeanThatReadsIt() {
		for (int i = 0; i < 50; i++) {
			zk.set("/config/readers/bean/k" + i, "v" + i);
		}
		try (ConfigurableApplicationContext context = zk.run(ReadersApp.class, "readers")) {
			for (int i = 0; i < 50; i++) {
				assertThat(target(context, "bean" + i).value()).isEqualTo("v" + i);
			}
			Map<String, Integer> constructions = Map.copyOf(Reader.constructions);
			zk.set("/config/readers/bean/k17", "changed");
			await().untilAsserted(() -> assertThat(target(context, "bean17").value()).isEqualTo("changed"));
			for (int i = 0; i < 50; i++) {
				if (i != 17) {
					assertThat(target(context, "bean" + i).value()).isEqualTo("v" + i);
					assertThat(Reader.constructions.get("bean" + i)).as("bean" + i)
						.isEqualTo(constructions.get("bean" + i));
				}
			}
			assertThat(Reader.constructions.get("bean17")).isEqualTo(constructions.get("bean17") + 1);
		}
	}

	@Test
	void aRefreshScopeBeanCalledWhileItIsRefreshedIsCreatedOncePerChange() throws Exception {
		zk.set("/config/inuse/bean/k17", "v0");
		try (ConfigurableApplicationContext context = zk.run(ReadersApp.class, "inuse")) {
			Reader proxy = target(context, "bean17");
			assertThat(proxy.value()).isEqualTo("v0");
			int before = Reader.constructions.get("bean17");
			AtomicBoolean running = new AtomicBoolean(true);
			Thread caller = new Thread(() -> {
				while (running.get()) {
					proxy.value();
					LockSupport.parkNanos(10_000);
				}
			});
			caller.start();
			try {
				for (int i = 1; i <= 5; i++) {
					String value = "v" + i;
					zk.set("/config/inuse/bean/k17", value);
					await().until(proxy::value, value::equals);
				}
			}
			finally {
				running.set(false);
				caller.join();
			}
			assertThat(Reader.constructions.get("bean17")).isEqualTo(before + 5);
		}
	}

	@Test
	void aRefreshScopeBeanThatCannotBeCreatedKeepsItsOldInstance() {
		zk.set("/config/fragile/fragile/size", "3");
		try (ConfigurableApplicationContext context = zk.run(FragileApp.class, "fragile")) {
			Fragile fragile = context.getBean(Fragile.class);
			assertThat(fragile.size()).isEqualTo(3);
			zk.set("/config/fragile/fragile/size", "-1");
			await().until(() -> !context.getBean(Rejections.class).getStanding().isEmpty());
			assertThat(context.getBean(Rejections.class).getStanding().get(0).target())
				.isEqualTo("@RefreshScope bean 'fragile'");
			assertThat(fragile.size()).isEqualTo(3);
			zk.set("/config/fragile/fragile/size", "4");
			await().untilAsserted(() -> assertThat(fragile.size()).isEqualTo(4));
			assertThat(context.getBean(Rejections.class).getStanding()).isEmpty();
		}
	}

	@Test
	void listenersHearTheKeysTheyAskedForInOrderAfterTheBeansAreUpdated() {
		zk.set("/config/listened/pool/size", "1");
		zk.set("/config/listened/other", "o");
		try (ConfigurableApplicationContext context = zk.run(ListenerApp.class, "listened")) {
			Listeners listeners = context.getBean(Listeners.class);
			zk.set("/config/listened/other", "o2");
			zk.set("/config/listened/pool/size", "2");
			await().until(() -> listeners.calls.size() >= 3);
			// the two writes may be applied in one round or in two: "other" comes first
			// or last
			List<String> calls = List.copyOf(listeners.calls);
			assertThat(calls).containsExactlyInAnyOrder("first:[pool.size]", "second:[pool.size]:2", "other:[other]");
			assertThat(calls.indexOf("second:[pool.size]:2")).isEqualTo(calls.indexOf("first:[pool.size]") + 1);
		}
	}

	@Test
	void aListenerThatFailsIsLoggedAndTheOthersStillHearOfTheChange(CapturedOutput output) {
		// the parent exists: created with the key, it would be a key itself for a moment
		zk.set("/config/failing/pool/size", "1");
		try (ConfigurableApplicationContext context = zk.run(ListenerApp.class, "failing")) {
			Listeners listeners = context.getBean(Listeners.class);
			zk.set("/config/failing/pool/fail", "now");
			await().until(() -> listeners.calls.contains("first:[pool.fail]"));
			assertThat(output).contains("@ZkConfigListener method " + Listeners.class.getName()
					+ ".failing failed for the changes to keys [pool.fail]: IllegalStateException");
		}
	}

	@Test
	void everyRefreshScopeBeanIsRecreatedInModeAll() {
		zk.set("/config/everything/bean/k1", "a");
		try (ConfigurableApplicationContext context = zk.run(ReadersApp.class, "everything",
				"zkconfig.refresh.mode=all")) {
			target(context, "bean1").value();
			target(context, "bean2").value();
			int before = Reader.constructions.get("bean2");
			zk.set("/config/everything/bean/k1", "b");
			await().untilAsserted(() -> assertThat(target(context, "bean1").value()).isEqualTo("b"));
			target(context, "bean2").value();
			assertThat(Reader.constructions.get("bean2")).isGreaterThan(before);
		}
	}

	@Test
	void aRefreshScopeBeanThatReadsTheEnvironmentItselfIsRefreshedOnEveryChangeUnlessTied() {
		zk.set("/config/environment/tied", "t1");
		zk.set("/config/environment/loose", "l1");
		try (ConfigurableApplicationContext context = zk.run(EnvironmentApp.class, "environment")) {
			Numbered loose = context.getBean("loose", Numbered.class);
			Numbered tied = context.getBean("tied", Numbered.class);
			int looseBefore = loose.instance();
			int tiedBefore = tied.instance();
			zk.set("/config/environment/unrelated", "u");
			await().untilAsserted(() -> assertThat(loose.instance()).isGreaterThan(looseBefore));
			assertThat(tied.instance()).isEqualTo(tiedBefore);
			zk.set("/config/environment/tied", "t2");
			await().untilAsserted(() -> assertThat(tied.value()).isEqualTo("t2"));
		}
	}

	@Test
	void aRefreshScopeBeanWithoutAScopedProxyIsCreatedAnewToo() {
		zk.set("/config/unproxied/key", "k1");
		zk.set("/config/unproxied/other", "o1");
		try (ConfigurableApplicationContext context = zk.run(UnproxiedApp.class, "unproxied")) {
			assertThat(target(context, "unproxied").value()).isEqualTo("k1");
			int before = Reader.constructions.get("unproxied");
			zk.set("/config/unproxied/other", "o2");
			zk.set("/config/unproxied/key", "k2");
			await().untilAsserted(() -> assertThat(target(context, "unproxied").value()).isEqualTo("k2"));
			assertThat(Reader.constructions.get("unproxied")).isEqualTo(before + 1);
			assertThat(context.getBean(Rejections.class).getStanding()).isEmpty();
		}
	}

	@Test
	void refreshScopeBeansAreCreatedAnewWhenTheConfigurationPropertiesTheyReadChange() {
		zk.set("/config/properties/pool/size", "1");
		zk.set("/config/properties/limits/max", "10");
		zk.set("/config/properties/other", "o1");
		try (ConfigurableApplicationContext context = zk.run(PropertiesApp.class, "properties")) {
			Numbered user = context.getBean("poolUser", Numbered.class);
			Limits limits = context.getBean(Limits.class);
			assertThat(user.value()).isEqualTo("1");
			assertThat(limits.getMax()).isEqualTo(10);
			int userBefore = user.instance();
			int limitsBefore = limits.instance();
			zk.set("/config/properties/other", "o2");
			zk.set("/config/properties/pool/size", "2");
			await().untilAsserted(() -> assertThat(user.value()).isEqualTo("2"));
			assertThat(user.instance()).isEqualTo(userBefore + 1);
			assertThat(limits.instance()).isEqualTo(limitsBefore);
			zk.set("/config/properties/limits/max", "20");
			await().untilAsserted(() -> assertThat(limits.getMax()).isEqualTo(20));
			assertThat(limits.instance()).isEqualTo(limitsBefore + 1);
			assertThat(user.instance()).isEqualTo(userBefore + 1);
		}
	}

	@Test
	void aLazyRefreshScopeBeanNotUsedYetIsLeftForItsFirstUse() {
		zk.set("/config/unused/quota/max", "10");
		zk.set("/config/unused/loose", "l1");
		try (ConfigurableApplicationContext context = zk.run(UnusedApp.class, "unused")) {
			int limitsBefore = Limits.instances.get();
			int readersBefore = Numbered.instances.get();
			zk.set("/config/unused/quota/max", "20");
			zk.set("/config/unused/loose", "l2");
			ChangeHistory history = context.getBean(ChangeHistory.class);
			await().until(() -> history.getRecent().stream().map((entry) -> entry.change().key()).toList(),
					(keys) -> keys.containsAll(List.of("quota.max", "loose")));
			assertThat(context.getBean(Rejections.class).getStanding()).isEmpty();
			assertThat(Limits.instances.get()).isEqualTo(limitsBefore);
			assertThat(Numbered.instances.get()).isEqualTo(readersBefore);
			assertThat(context.getBean(Limits.class).getMax()).isEqualTo(20);
			assertThat(context.getBean("loose", Numbered.class).value()).isEqualTo("l2");
			assertThat(Limits.instances.get()).isEqualTo(limitsBefore + 1);
		}
	}

	@Test
	void aBeanPutInTheRefreshScopeByItsClassIsCreatedAnewForItsPrefix() {
		zk.set("/config/extra/connections/max", "5");
		try (ConfigurableApplicationContext context = zk.run(ExtraRefreshableApp.class, "extra",
				"spring.cloud.refresh.extra-refreshable=" + Limits.class.getName())) {
			Limits connections = context.getBean(Limits.class);
			assertThat(connections.getMax()).isEqualTo(5);
			int before = connections.instance();
			zk.set("/config/extra/connections/max", "8");
			await().untilAsserted(() -> assertThat(connections.getMax()).isEqualTo(8));
			assertThat(connections.instance()).isEqualTo(before + 1);
		}
	}

	@Test
	void aRefreshScopeBeanBuiltFromAnotherOneIsCreatedAnewAfterIt() {
		zk.set("/config/chained/source/value", "v1");
		zk.set("/config/chained/other", "o1");
		try (ConfigurableApplicationContext context = zk.run(ChainedApp.class, "chained")) {
			Numbered derived = context.getBean("derived", Numbered.class);
			assertThat(derived.value()).isEqualTo("derived from v1");
			int before = derived.instance();
			zk.set("/config/chained/other", "o2");
			zk.set("/config/chained/source/value", "v2");
			await().untilAsserted(() -> assertThat(derived.value()).isEqualTo("derived from v2"));
			assertThat(derived.instance()).isGreaterThan(before);
			assertThat(context.getBean("source", Numbered.class).value()).isEqualTo("v2");
		}
	}

	private static Reader target(ConfigurableApplicationContext context, String name) {
		return context.getBean(name, Reader.class);
	}

	/** Reads one key; counts how often each bean is constructed. */
	public static class Reader {

		static final Map<String, Integer> constructions = new ConcurrentHashMap<>();

		private final String value;

		public Reader(String name, String value) {
			this.value = value;
			constructions.merge(name, 1, Integer::sum);
		}

		public String value() {
			return this.value;
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(FiftyRefreshScopeBeans.class)
	static class ReadersApp {

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class UnproxiedApp {

		/** Looked up from the scope on every {@code getBean}, without a proxy. */
		@Bean
		@RefreshScope(proxyMode = ScopedProxyMode.NO)
		Reader unproxied(@Value("${key}") String value) {
			return new Reader("unproxied", value);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class FragileApp {

		@Bean
		@RefreshScope
		Fragile fragile(@Value("${fragile.size}") int size) {
			if (size < 0) {
				throw new IllegalArgumentException("size must not be negative");
			}
			return new Fragile(size);
		}

	}

	/** A {@code @RefreshScope} bean whose creation fails for some values. */
	public static class Fragile {

		private final int size;

		public Fragile(int size) {
			this.size = size;
		}

		public int size() {
			return this.size;
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableConfigurationProperties(Pool.class)
	static class ListenerApp {

		@Bean
		Listeners listeners(Pool pool) {
			return new Listeners(pool);
		}

	}

	@ConfigurationProperties("pool")
	public static class Pool {

		private int size;

		public int getSize() {
			return this.size;
		}

		public void setSize(int size) {
			this.size = size;
		}

	}

	/** Listeners by key and prefix, in order, one reading the new value from a bean. */
	public static class Listeners {

		final List<String> calls = Collections.synchronizedList(new ArrayList<>());

		private final Pool pool;

		Listeners(Pool pool) {
			this.pool = pool;
		}

		@ZkConfigListener(keys = "pool.fail")
		@Order(0)
		void failing() {
			throw new IllegalStateException("listener failed");
		}

		@ZkConfigListener(prefixes = "pool")
		@Order(1)
		void first(ZkConfigChangeEvent event) {
			this.calls.add("first:" + event.getKeys());
		}

		@ZkConfigListener(keys = "pool.size")
		@Order(2)
		void second(ZkConfigChangeEvent event) {
			this.calls.add("second:" + event.getKeys() + ":" + this.pool.getSize());
		}

		@ZkConfigListener(keys = "other")
		void other(ZkConfigChangeEvent event) {
			this.calls.add("other:" + event.getChanges().stream().map(ConfigChange::key).toList());
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class EnvironmentApp {

		@Bean
		@RefreshScope(proxyMode = ScopedProxyMode.TARGET_CLASS)
		Numbered loose(Environment environment) {
			return new Numbered(environment.getProperty("loose"));
		}

		@Bean
		@RefreshScope
		@ZkConfigRefresh(keys = "tied")
		Numbered tied(Environment environment) {
			return new Numbered(environment.getProperty("tied"));
		}

	}

	/** Holds a value; numbers its instances. */
	public static class Numbered {

		private static final AtomicInteger instances = new AtomicInteger();

		private final String value;

		private final int instance = instances.incrementAndGet();

		public Numbered(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

		public int instance() {
			return this.instance;
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableConfigurationProperties(Pool.class)
	static class PropertiesApp {

		/**
		 * Copies a value of a {@code @ConfigurationProperties} bean when it is created.
		 */
		@Bean
		@RefreshScope
		Numbered poolUser(Pool pool) {
			return new Numbered(Integer.toString(pool.getSize()));
		}

		@Bean
		@RefreshScope
		@ConfigurationProperties("limits")
		Limits limits() {
			return new Limits();
		}

	}

	/** A {@code @ConfigurationProperties} bean that numbers its instances. */
	public static class Limits {

		private static final AtomicInteger instances = new AtomicInteger();

		private final int instance = instances.incrementAndGet();

		private int max;

		public int getMax() {
			return this.max;
		}

		public void setMax(int max) {
			this.max = max;
		}

		public int instance() {
			return this.instance;
		}

	}

	/** Its {@code @RefreshScope} beans are lazy: created on first use, not at startup. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class UnusedApp {

		@Bean
		@Lazy
		@RefreshScope
		@ConfigurationProperties("quota")
		Limits quota() {
			return new Limits();
		}

		@Bean
		@Lazy
		@RefreshScope
		Numbered loose(Environment environment) {
			return new Numbered(environment.getProperty("loose"));
		}

	}

	/** Its bean is put in the refresh scope by Spring Cloud, from its class. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ExtraRefreshableApp {

		@Bean
		@ConfigurationProperties("connections")
		Limits connections() {
			return new Limits();
		}

	}

	/**
	 * One {@code @RefreshScope} bean copies a value of another when it is created; it is
	 * defined first, so it must be created anew after the other all the same.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ChainedApp {

		@Bean
		@RefreshScope
		Numbered derived(@Qualifier("source") Numbered source) {
			return new Numbered("derived from " + source.value());
		}

		@Bean
		@RefreshScope
		Numbered source(@Value("${source.value}") String value) {
			return new Numbered(value);
		}

	}

}
