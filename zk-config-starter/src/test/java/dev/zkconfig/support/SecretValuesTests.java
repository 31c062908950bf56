package dev.zkconfig.support;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretValuesTests {

	@Test
	void masksValuesOfSecretLookingKeys() {
		assertThat(SecretValues.sanitize("spring.datasource.password", "pw")).isEqualTo(SecretValues.MASK);
		assertThat(SecretValues.sanitize("app.client-secret", "s")).isEqualTo(SecretValues.MASK);
		assertThat(SecretValues.sanitize("api.token", "t")).isEqualTo(SecretValues.MASK);
		assertThat(SecretValues.sanitize("aws.access-key", "k")).isEqualTo(SecretValues.MASK);
		assertThat(SecretValues.sanitize("gcp.credentials.json", "c")).isEqualTo(SecretValues.MASK);
		assertThat(SecretValues.sanitize("API_TOKEN", "t")).isEqualTo(SecretValues.MASK);
	}

	@Test
	void showsOtherValues() {
		assertThat(SecretValues.sanitize("server.port", "8080")).isEqualTo("8080");
		assertThat(SecretValues.sanitize("greeting.message", null)).isNull();
	}

	@Test
	void masksOnlyThePasswordOfUrls() {
		assertThat(SecretValues.sanitize("spring.datasource.url", "postgres://admin:hunter2@db:5432/app"))
			.isEqualTo("postgres://admin:******@db:5432/app");
		assertThat(SecretValues.sanitize("spring.rabbitmq.addresses", "amqp://u:p@h1,amqp://v:q@h2"))
			.isEqualTo("amqp://u:******@h1,amqp://v:******@h2");
		assertThat(SecretValues.sanitize("service.url", "https://example.test/x")).isEqualTo("https://example.test/x");
	}

	@Test
	void valuesForTheLogAreMaskedAndCut() {
		assertThat(SecretValues.DEFAULTS.forLog("db.password", "pw")).isEqualTo(SecretValues.MASK);
		assertThat(SecretValues.DEFAULTS.forLog("greeting.message", "x".repeat(1_000_189)))
			.hasSize(200 + "... (1000189 characters)".length())
			.endsWith("... (1000189 characters)");
		assertThat(SecretValues.DEFAULTS.forLog("greeting.message", "short")).isEqualTo("short");
		assertThat(SecretValues.withAdditionalKeys(List.of("card.pin")).forLog("card.pin", "1234"))
			.isEqualTo(SecretValues.MASK);
	}

	@Test
	void masksKeysTheClassicRulesMiss() {
		assertThat(List.of("db.passwd", "smtp.pass", "mail.pwd", "tls.private-key-pem", "server.ssl.certificate.pem",
				"keystore.jks", "client.p12", "spring.ssl.bundle.jks.zk.keystore.password", "gpg.passphrase",
				"zkconfig.auth.credentials", "service.credential", "app.private_key.value", "db.password-old",
				"zkconfig.auth.password"))
			.allSatisfy((key) -> assertThat(SecretValues.sanitize(key, "value")).as(key).isEqualTo(SecretValues.MASK));
	}

	@Test
	void showsKeysThatOnlyLookSimilar() {
		assertThat(List.of("feature.bypass", "app.compass.heading", "spring.ssl.bundle.jks.zk.keystore.location",
				"passenger.count", "pemberton.name"))
			.allSatisfy((key) -> assertThat(SecretValues.sanitize(key, "value")).as(key).isEqualTo("value"));
	}

	@Test
	void masksTheApplicationsOwnKeys() {
		SecretValues secrets = SecretValues.withAdditionalKeys(List.of("pin", "internal.*.seed", " "));
		assertThat(secrets.mask("card.pin", "1234")).isEqualTo(SecretValues.MASK);
		assertThat(secrets.mask("CARD.PIN", "1234")).isEqualTo(SecretValues.MASK);
		assertThat(secrets.mask("internal.random.seed", "42")).isEqualTo(SecretValues.MASK);
		assertThat(secrets.mask("internal.random.size", "42")).isEqualTo("42");
		assertThat(secrets.mask("db.password", "pw")).isEqualTo(SecretValues.MASK);
		assertThat(SecretValues.DEFAULTS.mask("card.pin", "1234")).isEqualTo("1234");
		assertThat(SecretValues.withAdditionalKeys(List.of())).isSameAs(SecretValues.DEFAULTS);
	}

}
