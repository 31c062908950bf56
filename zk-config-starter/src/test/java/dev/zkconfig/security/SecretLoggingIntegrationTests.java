package dev.zkconfig.security;

import java.util.List;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.configdata.ZkConfigLoadException;
import dev.zkconfig.guard.Rejections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Every log line of zk-config and Spring Cloud, at DEBUG, during a startup, changes, a
 * rejection and an authentication failure, is free of secret values, those the built-in
 * rules recognise and those of {@code zkconfig.secrets.additional-keys}; at INFO, free of
 * any value.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretLoggingIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	private static final String[] DEBUG = { "logging.level.dev.zkconfig=DEBUG",
			"logging.level.org.springframework.cloud=DEBUG" };

	@Test
	void debugLogsHoldNoSecretValue(CapturedOutput output) throws Exception {
		zk.set("/config/secretlogs/db/password", "secret-password-1");
		zk.set("/config/secretlogs/db/passwd", "secret-passwd-2");
		zk.set("/config/secretlogs/smtp/pass", "secret-smtp-3");
		zk.set("/config/secretlogs/tls/private-key-pem", "secret-pem-4");
		zk.set("/config/secretlogs/vault/pin", "1234567");
		try (ProtectedZNodes admin = new ProtectedZNodes(zk.connectString(), "app:secret-auth-5")) {
			admin.protect("/config/secretlogs");
			try (ConfigurableApplicationContext context = zk.run(VaultApp.class, "secretlogs",
					with(DEBUG, "zkconfig.auth.username=app", "zkconfig.auth.password=secret-auth-5",
							"zkconfig.secrets.additional-keys=pin"))) {
				Vault vault = context.getBean(Vault.class);
				admin.set("/config/secretlogs/db/password", "secret-password-6");
				admin.set("/config/secretlogs/smtp/pass", "secret-smtp-7");
				admin.set("/config/secretlogs/vault/pin", "7654321");
				await().untilAsserted(() -> assertThat(vault.getPin()).isEqualTo(7654321));
				admin.set("/config/secretlogs/vault/pin", "secret-not-a-pin-8");
				Rejections rejections = context.getBean(Rejections.class);
				await().until(() -> !rejections.getStanding().isEmpty());
				assertThat(vault.getPin()).isEqualTo(7654321);
			}
			assertThatExceptionOfType(ZkConfigLoadException.class).isThrownBy(() -> zk
				.run(VaultApp.class, "secretlogs", with(DEBUG, "zkconfig.auth.credentials=app:secret-wrong-9"))
				.close());
		}
		assertThat(output).contains("Applied ZooKeeper configuration changes in", "vault.pin = ******",
				"Rejected a change to ZooKeeper configuration context /config/secretlogs",
				"Value of key 'vault.pin' rejected", "NoAuth");
		assertThat(output).doesNotContain("secret-password-1", "secret-passwd-2", "secret-smtp-3", "secret-pem-4",
				"1234567", "secret-auth-5", "secret-password-6", "secret-smtp-7", "7654321", "secret-not-a-pin-8",
				"secret-wrong-9");
	}

	@Test
	void infoLogsHoldNoValue(CapturedOutput output) {
		zk.set("/config/infologs/greeting/message", "visible-value-1");
		zk.set("/config/infologs/vault/pin", "2468");
		try (ConfigurableApplicationContext context = zk.run(VaultApp.class, "infologs")) {
			Vault vault = context.getBean(Vault.class);
			zk.set("/config/infologs/greeting/message", "visible-value-2");
			zk.set("/config/infologs/vault/pin", "1357");
			await().untilAsserted(() -> assertThat(vault.getPin()).isEqualTo(1357));
			zk.set("/config/infologs/vault/pin", "visible-value-3");
			Rejections rejections = context.getBean(Rejections.class);
			await().until(() -> !rejections.getStanding().isEmpty());
		}
		assertThat(output).contains("Applied ZooKeeper configuration changes to keys", "greeting.message",
				"Rejected a change to ZooKeeper configuration context /config/infologs");
		assertThat(output).doesNotContain("visible-value-1", "visible-value-2", "2468", "1357", "visible-value-3");
	}

	private static String[] with(String[] first, String... more) {
		return java.util.stream.Stream.concat(List.of(first).stream(), List.of(more).stream()).toArray(String[]::new);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableConfigurationProperties(Vault.class)
	public static class VaultApp {

	}

	@ConfigurationProperties("vault")
	public static class Vault {

		private int pin;

		public int getPin() {
			return this.pin;
		}

		public void setPin(int pin) {
			this.pin = pin;
		}

	}

}
