package dev.zkconfig.support;

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
		assertThat(SecretValues.forLog("db.password", "pw")).isEqualTo(SecretValues.MASK);
		assertThat(SecretValues.forLog("greeting.message", "x".repeat(1_000_189)))
			.hasSize(200 + "... (1000189 characters)".length())
			.endsWith("... (1000189 characters)");
		assertThat(SecretValues.forLog("greeting.message", "short")).isEqualTo("short");
	}

}
