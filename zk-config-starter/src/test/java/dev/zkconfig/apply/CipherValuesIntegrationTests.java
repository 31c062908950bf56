package dev.zkconfig.apply;

import dev.zkconfig.ZkTestApp;
import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.guard.Rejections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.context.encrypt.EncryptorFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.encrypt.TextEncryptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * Values encrypted for Spring Cloud ({@code {cipher}...}, decrypted with
 * {@code encrypt.key}) reach the beans decrypted, at startup and on every change.
 */
class CipherValuesIntegrationTests {

	private static final String KEY = "zk-config-test-key";

	private static final TextEncryptor encryptor = new EncryptorFactory().create(KEY);

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void aChangedEncryptedValueReachesTheBeansDecrypted() {
		zk.set("/config/cipher/db/password", cipher("first-secret"));
		try (ConfigurableApplicationContext context = zk.run(CipherApp.class, "cipher", "encrypt.key=" + KEY)) {
			PasswordHolder holder = context.getBean(PasswordHolder.class);
			assertThat(holder.password).isEqualTo("first-secret");

			zk.set("/config/cipher/db/password", cipher("second-secret"));
			await().untilAsserted(() -> assertThat(holder.password).isEqualTo("second-secret"));
			assertThat(context.getEnvironment().getProperty("db.password")).isEqualTo("second-secret");

			zk.set("/config/cipher/db/user", cipher("added-user"));
			await().untilAsserted(() -> assertThat(holder.user).isEqualTo("added-user"));
			// what zk-config shows and records is the value as written
			assertThat(context.getBean(ZkTestApp.ChangeEvents.class).all()).last()
				.satisfies((event) -> assertThat(event.getChanges()).singleElement()
					.satisfies((change) -> assertThat(change.newValue()).startsWith("{cipher}")
						.doesNotContain("added-user")));
		}
	}

	@Test
	void theFirstEncryptedValueCanArriveAfterStartup() {
		zk.set("/config/cipherlater/db/password", "plain-secret");
		try (ConfigurableApplicationContext context = zk.run(CipherApp.class, "cipherlater", "encrypt.key=" + KEY)) {
			PasswordHolder holder = context.getBean(PasswordHolder.class);
			assertThat(holder.password).isEqualTo("plain-secret");
			zk.set("/config/cipherlater/db/password", cipher("encrypted-secret"));
			await().untilAsserted(() -> assertThat(holder.password).isEqualTo("encrypted-secret"));
		}
	}

	@Test
	void anEncryptedValueThatCannotBeDecryptedIsRejected() {
		zk.set("/config/undecryptable/db/password", cipher("first-secret"));
		try (ConfigurableApplicationContext context = zk.run(CipherApp.class, "undecryptable", "encrypt.key=" + KEY)) {
			Rejections rejections = context.getBean(Rejections.class);
			// not even hexadecimal: no key decrypts it (with a wrong key, one in about
			// 256
			// values would pass the padding check)
			zk.set("/config/undecryptable/db/password", "{cipher}not-a-ciphertext");
			await().until(rejections::getStanding, (standing) -> !standing.isEmpty());
			assertThat(rejections.getStanding()).isNotEmpty().allSatisfy((rejection) -> {
				assertThat(rejection.key()).isEqualTo("db.password");
				assertThat(rejection.reason()).startsWith(
						"the value of key 'db.password' cannot be decrypted with the application's encrypt.* settings (");
			});
			assertThat(context.getBean(PasswordHolder.class).password).isEqualTo("first-secret");
			assertThat(context.getEnvironment().getProperty("db.password")).isEqualTo("first-secret");
		}
	}

	@Test
	void anEncryptedValueThatCannotBeDecryptedFailsStartupAsInSpringCloud() {
		zk.set("/config/badstart/db/password", "{cipher}0123456789abcdef");
		assertThatException().isThrownBy(() -> zk.run(CipherApp.class, "badstart", "encrypt.key=" + KEY).close())
			.withStackTraceContaining("the value of key 'db.password' cannot be decrypted");
	}

	private static String cipher(String text) {
		return "{cipher}" + encryptor.encrypt(text);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class CipherApp extends ZkTestApp {

		@Bean
		PasswordHolder passwordHolder() {
			return new PasswordHolder();
		}

	}

	static class PasswordHolder {

		@Value("${db.password}")
		String password;

		@Value("${db.user:none}")
		String user;

	}

}
