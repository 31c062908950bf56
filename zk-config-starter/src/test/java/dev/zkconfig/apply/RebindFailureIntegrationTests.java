package dev.zkconfig.apply;

import dev.zkconfig.ZkTestApp;
import dev.zkconfig.ZkTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A {@code @ConfigurationProperties} bean whose rebinding fails for an accepted value (a
 * check in a setter of its own, which the guard cannot run on a bean it cannot create
 * afresh) is logged, and the other beans the change concerns are still rebound.
 */
@ExtendWith(OutputCaptureExtension.class)
class RebindFailureIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void aBeanThatFailsToRebindDoesNotKeepTheOthersFromIt(CapturedOutput output) {
		zk.set("/config/rebindfailure/client/timeout", "5");
		try (ConfigurableApplicationContext context = zk.run(RebindFailureApp.class, "rebindfailure")) {
			Strict strict = context.getBean(Strict.class);
			Lenient lenient = context.getBean(Lenient.class);
			assertThat(strict.getTimeout()).isEqualTo(5);

			zk.set("/config/rebindfailure/client/timeout", "500");
			await().untilAsserted(() -> assertThat(lenient.getTimeout()).isEqualTo(500));
			assertThat(strict.getTimeout()).isEqualTo(5);
			assertThat(output).contains(
					"Could not rebind @ConfigurationProperties bean 'checkedClient' (prefix 'client')",
					"IllegalArgumentException");
			assertThat(output).doesNotContain("at most 100, not 500");
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class RebindFailureApp extends ZkTestApp {

		@Bean
		@ConfigurationProperties("client")
		Strict checkedClient() {
			return new Strict("built by its @Bean method");
		}

		@Bean
		@ConfigurationProperties("client")
		Lenient plainClient() {
			return new Lenient();
		}

	}

	/** Refuses a timeout over 100 in its setter; has no default constructor. */
	static class Strict {

		private final String origin;

		private int timeout;

		Strict(String origin) {
			this.origin = origin;
		}

		public String getOrigin() {
			return this.origin;
		}

		public int getTimeout() {
			return this.timeout;
		}

		public void setTimeout(int timeout) {
			if (timeout > 100) {
				throw new IllegalArgumentException("at most 100, not " + timeout);
			}
			this.timeout = timeout;
		}

	}

	static class Lenient {

		private int timeout;

		public int getTimeout() {
			return this.timeout;
		}

		public void setTimeout(int timeout) {
			this.timeout = timeout;
		}

	}

}
