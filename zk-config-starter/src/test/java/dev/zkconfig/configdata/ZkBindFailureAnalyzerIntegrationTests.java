package dev.zkconfig.configdata;

import dev.zkconfig.ZkTestSupport;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.validation.annotation.Validated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A property from ZooKeeper that cannot be bound at startup is reported without its
 * value, which Spring Boot's own report would print.
 */
@ExtendWith(OutputCaptureExtension.class)
class ZkBindFailureAnalyzerIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void aValueThatCannotBeConvertedIsNotShown(CapturedOutput output) {
		zk.set("/config/convert/db/port", "port-value-4711");
		assertThatException().isThrownBy(() -> zk.run(DbApp.class, "convert").close());
		assertThat(output)
			.contains("Failed to bind properties under 'db.port' to int:", "Property: db.port",
					"Value: (hidden: it comes from ZooKeeper)", "Origin: ZooKeeper znode '/config/convert/db/port'",
					"Reason: cannot be converted to int", "Update the value of the ZooKeeper znode named above")
			.doesNotContain("port-value-4711");
	}

	@Test
	void aValueThatIsNotValidIsNotShown(CapturedOutput output) {
		zk.set("/config/validate/db/password", "short-pw-1");
		assertThatException().isThrownBy(() -> zk.run(DbApp.class, "validate").close());
		assertThat(output)
			.contains("Property: db.password", "Value: (hidden: it comes from ZooKeeper)",
					"Origin: ZooKeeper znode '/config/validate/db/password'", "Reason: size must be between 12")
			.doesNotContain("short-pw-1");
	}

	@Test
	void aValueFromAnotherSourceIsLeftToSpringBoot(CapturedOutput output) {
		zk.set("/config/elsewhere/db/name", "app");
		assertThatException().isThrownBy(() -> zk.run(DbApp.class, "elsewhere", "db.port=not-a-port").close());
		assertThat(output).contains("Value: \"not-a-port\"").doesNotContain("hidden: it comes from ZooKeeper");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableConfigurationProperties(DbProperties.class)
	static class DbApp {

	}

	@Validated
	@ConfigurationProperties("db")
	static class DbProperties {

		private int port = 5432;

		@Size(min = 12)
		private String password = "a-long-enough-default";

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

}
