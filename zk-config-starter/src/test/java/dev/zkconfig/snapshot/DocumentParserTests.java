package dev.zkconfig.snapshot;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class DocumentParserTests {

	private final DocumentParser parser = new DocumentParser(List.of("dev"));

	@Test
	void recognisesDocumentsByTheirNames() {
		assertThat(DocumentParser.isDocument("application.yml")).isTrue();
		assertThat(DocumentParser.isDocument("orders.YAML")).isTrue();
		assertThat(DocumentParser.isDocument("db.properties")).isTrue();
		assertThat(DocumentParser.isDocument("flags.json")).isTrue();
		assertThat(DocumentParser.isDocument("server.port")).isFalse();
		assertThat(DocumentParser.isDocument("yml")).isFalse();
	}

	@Test
	void flattensYamlAsSpringBootDoes() throws DocumentException {
		Map<String, String> properties = this.parser.parse("/config/app/application.yml", """
				server:
				  port: 8081
				app:
				  hosts:
				    - name: a
				    - name: b
				  enabled: true
				  empty:
				""");
		assertThat(properties).containsOnly(entry("server.port", "8081"), entry("app.hosts[0].name", "a"),
				entry("app.hosts[1].name", "b"), entry("app.enabled", "true"), entry("app.empty", ""));
	}

	@Test
	void multiDocumentYamlAppliesActiveProfilePartsAndLaterPartsWin() throws DocumentException {
		Map<String, String> properties = this.parser.parse("/config/app/application.yml", """
				greeting: base
				size: 1
				---
				spring.config.activate.on-profile: dev
				greeting: from-dev
				---
				spring.config.activate.on-profile: prod
				size: 99
				---
				spring.config.activate.on-profile: "dev & !prod"
				size: 2
				""");
		assertThat(properties).containsOnly(entry("greeting", "from-dev"), entry("size", "2"));
	}

	@Test
	void rejectsAnInvalidProfileExpression() {
		assertThatExceptionOfType(DocumentException.class)
			.isThrownBy(() -> this.parser.parse("/config/app/application.yml", """
					a: 1
					---
					spring.config.activate.on-profile: "dev & | prod"
					a: 2
					"""))
			.withMessageContaining("/config/app/application.yml")
			.withMessageContaining("invalid profile expression");
	}

	@Test
	void malformedYamlGivesLineAndColumnWithoutQuotingTheDocument() {
		assertThatExceptionOfType(DocumentException.class)
			.isThrownBy(() -> this.parser.parse("/config/app/application.yml", """
					db:
					  password: s3cr3t-value
					  url: [unclosed
					"""))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isPositive();
				assertThat(ex.getColumn()).isPositive();
				assertThat(ex.getMessage()).contains("malformed YAML", "line " + ex.getLine())
					.doesNotContain("s3cr3t-value");
			});
	}

	@Test
	void readsPropertiesIncludingMultipleDocuments() throws DocumentException {
		Map<String, String> properties = this.parser.parse("/config/app/db.properties", """
				db.url=jdbc:h2:mem:x
				db.pool=5
				#---
				spring.config.activate.on-profile=dev
				db.pool=2
				#---
				spring.config.activate.on-profile=prod
				db.pool=50
				""");
		assertThat(properties).containsOnly(entry("db.url", "jdbc:h2:mem:x"), entry("db.pool", "2"));
	}

	@Test
	void rejectsPropertiesWithABadEscape() {
		assertThatExceptionOfType(DocumentException.class)
			.isThrownBy(() -> this.parser.parse("/config/app/db.properties", "a=\\uZZZZ\n"))
			.withMessageContaining("malformed properties");
	}

	@Test
	void flattensJsonLikeYaml() throws DocumentException {
		Map<String, String> properties = this.parser.parse("/config/app/flags.json", """
				{"feature": {"enabled": true, "ratio": 0.5, "names": ["x", "y"]}, "empty": null}
				""");
		assertThat(properties).containsOnly(entry("feature.enabled", "true"), entry("feature.ratio", "0.5"),
				entry("feature.names[0]", "x"), entry("feature.names[1]", "y"), entry("empty", ""));
	}

	@Test
	void malformedJsonGivesLineAndColumnWithoutQuotingTheDocument() {
		assertThatExceptionOfType(DocumentException.class)
			.isThrownBy(() -> this.parser.parse("/config/app/flags.json", "{\n  \"token\": \"abc-secret\",\n  oops\n}"))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(3);
				assertThat(ex.getMessage()).contains("malformed JSON").doesNotContain("abc-secret", "oops");
			});
	}

	@Test
	void aJsonDocumentMustBeAnObject() {
		assertThatExceptionOfType(DocumentException.class)
			.isThrownBy(() -> this.parser.parse("/config/app/flags.json", "[1, 2]"))
			.withMessageContaining("must be an object");
	}

	@Test
	void rejectsDuplicateJsonKeys() {
		assertThatExceptionOfType(DocumentException.class)
			.isThrownBy(() -> this.parser.parse("/config/app/flags.json", "{\"a\": 1, \"a\": 2}"))
			.withMessageContaining("malformed JSON");
	}

}
