package dev.zkconfig.apply;

import java.time.Duration;
import java.util.List;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.guard.Rejections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code @Value}s of ordinary singletons are updated in place, however Spring resolved
 * them: through fields and setters, with defaults, nested placeholders, SpEL and relaxed
 * forms of their keys, and behind proxies.
 */
@ExtendWith(OutputCaptureExtension.class)
class ValueInPlaceIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void valuesOfSingletonsAreUpdatedInPlace() {
		zk.set("/config/inplace/field", "f1");
		zk.set("/config/inplace/setter", "s1");
		zk.set("/config/inplace/other", "o1");
		zk.set("/config/inplace/timeout", "2s");
		zk.set("/config/inplace/names", "a,b");
		try (ConfigurableApplicationContext context = zk.run(InPlaceApp.class, "inplace")) {
			Singleton singleton = context.getBean(Singleton.class);
			assertThat(singleton.field).isEqualTo("f1");
			assertThat(singleton.withDefault).isEqualTo("fallback");
			assertThat(singleton.nested).isEqualTo("o1");
			zk.set("/config/inplace/field", "f2");
			zk.set("/config/inplace/setter", "s2");
			zk.set("/config/inplace/defaulted", "now-set");
			zk.set("/config/inplace/first", "first-wins");
			zk.set("/config/inplace/timeout", "PT5M");
			zk.set("/config/inplace/names", "x,y,z");
			await().untilAsserted(() -> {
				assertThat(singleton.field).isEqualTo("f2");
				assertThat(singleton.setter).isEqualTo("s2");
				assertThat(singleton.withDefault).isEqualTo("now-set");
				assertThat(singleton.nested).isEqualTo("first-wins");
				assertThat(singleton.timeout).isEqualTo(Duration.ofMinutes(5));
				assertThat(singleton.names).containsExactly("x", "y", "z");
			});
			assertThat(context.getBean(Singleton.class)).isSameAs(singleton);
		}
	}

	@Test
	void aValueReadUnderAnotherFormOfItsKeyIsUpdatedInPlace() {
		zk.set("/config/relaxed/myApp/greeting", "hello");
		zk.set("/config/relaxed/myApp/timeout", "1s");
		try (ConfigurableApplicationContext context = zk.run(RelaxedApp.class, "relaxed")) {
			RelaxedReader reader = context.getBean(RelaxedReader.class);
			assertThat(reader.greeting).isEqualTo("hello");
			zk.set("/config/relaxed/myApp/greeting", "hi");
			await().untilAsserted(() -> assertThat(reader.greeting).isEqualTo("hi"));
			zk.set("/config/relaxed/myApp/timeout", "soon");
			Rejections rejections = context.getBean(Rejections.class);
			await().until(rejections::getStanding, (standing) -> !standing.isEmpty());
			assertThat(rejections.getStanding().get(0).key()).isEqualTo("myApp.timeout");
			assertThat(reader.timeout).isEqualTo(Duration.ofSeconds(1));
		}
	}

	@Test
	void valuesComputedWithSpelFromAKeyAreUpdatedInPlace() {
		zk.set("/config/spel/csv", "a,b");
		zk.set("/config/spel/factor", "2");
		try (ConfigurableApplicationContext context = zk.run(SpelApp.class, "spel")) {
			SpelReader reader = context.getBean(SpelReader.class);
			assertThat(reader.split).containsExactly("a", "b");
			assertThat(reader.doubled).isEqualTo(4);
			zk.set("/config/spel/csv", "x,y,z");
			zk.set("/config/spel/factor", "5");
			await().untilAsserted(() -> {
				assertThat(reader.split).containsExactly("x", "y", "z");
				assertThat(reader.doubled).isEqualTo(10);
			});
		}
	}

	@Test
	void valuesOfAProxiedSingletonAreUpdatedInItsTarget() {
		zk.set("/config/proxied/greeting", "hello");
		try (ConfigurableApplicationContext context = zk.run(ProxiedApp.class, "proxied")) {
			Greeter greeter = context.getBean(Greeter.class);
			assertThat(AopUtils.isAopProxy(greeter)).isTrue();
			assertThat(greeter.greeting()).isEqualTo("hello");
			zk.set("/config/proxied/greeting", "hi");
			await().untilAsserted(() -> assertThat(greeter.greeting()).isEqualTo("hi"));
		}
	}

	@Test
	void aSetterThatRefusesAValueIsLoggedAndTheOtherBeansAreStillUpdated(CapturedOutput output) {
		zk.set("/config/refusing/limit", "1");
		try (ConfigurableApplicationContext context = zk.run(RefusingApp.class, "refusing")) {
			Limited limited = context.getBean(Limited.class);
			LimitReader reader = context.getBean(LimitReader.class);
			zk.set("/config/refusing/limit", "-1");
			await().untilAsserted(() -> assertThat(reader.limit).isEqualTo(-1));
			assertThat(limited.limit).isEqualTo(1);
			assertThat(output)
				.contains("Could not update parameter 'limit' of method 'setLimit' of " + Limited.class.getName()
						+ " (bean 'limited') in place, it keeps its value: IllegalArgumentException");
			zk.set("/config/refusing/limit", "2");
			await().untilAsserted(() -> assertThat(limited.limit).isEqualTo(2));
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class RefusingApp {

		@Bean
		Limited limited() {
			return new Limited();
		}

		@Bean
		LimitReader limitReader() {
			return new LimitReader();
		}

	}

	/** Refuses a negative limit in its setter, which the guard does not call. */
	public static class Limited {

		volatile int limit;

		@Value("${limit}")
		void setLimit(int limit) {
			if (limit < 0) {
				throw new IllegalArgumentException("negative limit");
			}
			this.limit = limit;
		}

	}

	/** Reads the same key, after {@link Limited}. */
	public static class LimitReader {

		@Value("${limit}")
		volatile int limit;

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class InPlaceApp {

		@Bean
		Singleton singleton() {
			return new Singleton();
		}

	}

	/** An ordinary singleton with {@code @Value} fields and a setter. */
	public static class Singleton {

		@Value("${field}")
		volatile String field;

		volatile String setter;

		@Value("${defaulted:fallback}")
		volatile String withDefault;

		@Value("${first:${other}}")
		volatile String nested;

		@Value("${timeout}")
		volatile Duration timeout;

		@Value("${names}")
		volatile List<String> names;

		@Autowired
		void setSetter(@Value("${setter}") String setter) {
			this.setter = setter;
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class RelaxedApp {

		@Bean
		RelaxedReader relaxedReader() {
			return new RelaxedReader();
		}

	}

	/** Reads keys of {@code myApp} under their canonical form. */
	public static class RelaxedReader {

		@Value("${my-app.greeting}")
		volatile String greeting;

		@Value("${my-app.timeout}")
		volatile Duration timeout;

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class SpelApp {

		@Bean
		SpelReader spelReader() {
			return new SpelReader();
		}

	}

	/** Values computed with SpEL from placeholders. */
	public static class SpelReader {

		@Value("#{'${csv}'.split(',')}")
		volatile List<String> split;

		@Value("#{${factor} * 2}")
		volatile int doubled;

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableAsync
	static class ProxiedApp {

		@Bean
		Greeter greeter() {
			return new Greeter();
		}

	}

	/**
	 * A singleton behind a proxy (for its {@code @Async} method), with an {@code @Value}.
	 */
	public static class Greeter {

		@Value("${greeting}")
		private volatile String greeting;

		public String greeting() {
			return this.greeting;
		}

		@Async
		public void greetLater() {
		}

	}

}
