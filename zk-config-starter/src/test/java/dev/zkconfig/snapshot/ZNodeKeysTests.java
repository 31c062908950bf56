package dev.zkconfig.snapshot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZNodeKeysTests {

	@Test
	void keyIsThePathBelowTheContextWithDots() {
		assertThat(ZNodeKeys.keyOf("/config/app", "/config/app/server/port")).isEqualTo("server.port");
		assertThat(ZNodeKeys.keyOf("/config/app", "/config/app/server.port")).isEqualTo("server.port");
		assertThat(ZNodeKeys.keyOf("/config/app", "/config/app/list[0]")).isEqualTo("list[0]");
	}

	@Test
	void theContextItselfAndPathsOutsideItHaveNoKey() {
		assertThat(ZNodeKeys.keyOf("/config/app", "/config/app")).isNull();
		assertThat(ZNodeKeys.keyOf("/config/app", "/config/application/x")).isNull();
		assertThat(ZNodeKeys.keyOf("/config/app", "/config/other/x")).isNull();
	}

	@Test
	void canonicalPathHasOneZNodePerKeyPart() {
		assertThat(ZNodeKeys.pathOf("/config/sample", "greeting.message")).isEqualTo("/config/sample/greeting/message");
		assertThat(ZNodeKeys.pathOf("", "config.sample.x")).isEqualTo("/config/sample/x");
	}

	@Test
	void parentAndName() {
		assertThat(ZNodeKeys.parentOf("/config/app/a")).isEqualTo("/config/app");
		assertThat(ZNodeKeys.parentOf("/config")).isEmpty();
		assertThat(ZNodeKeys.nameOf("/config/app/application.yml")).isEqualTo("application.yml");
	}

	@Test
	void aPathIsTheCanonicalPathOfAKeyOnlyWithOneZNodePerKeyPart() {
		assertThat(ZNodeKeys.isPathOf("/config/app", "server.port", "/config/app/server/port")).isTrue();
		assertThat(ZNodeKeys.isPathOf("/config/app", "server.port", "/config/app/server.port")).isFalse();
		assertThat(ZNodeKeys.isPathOf("/config/app", "server.port", "/config/app/server/por")).isFalse();
		assertThat(ZNodeKeys.isPathOf("/config/app", "server.port", "/config/apx/server/port")).isFalse();
		assertThat(ZNodeKeys.isPathOf("", "server.port", "/server/port")).isTrue();
	}

	@Test
	void aDocumentIsAZNodeWithADocumentsNameDirectlyUnderTheContext() {
		assertThat(DocumentParser.isDocument("/config/app", "/config/app/application.yml")).isTrue();
		assertThat(DocumentParser.isDocument("/config/app", "/config/app/Application.YAML")).isTrue();
		assertThat(DocumentParser.isDocument("/config/app", "/config/app/server/application.yml")).isFalse();
		assertThat(DocumentParser.isDocument("/config/app", "/config/apx/application.yml")).isFalse();
		assertThat(DocumentParser.isDocument("/config/app", "/config/app/server.port")).isFalse();
		assertThat(DocumentParser.isDocument("/config/app", "/config/app")).isFalse();
		assertThat(DocumentParser.isDocument("", "/application.json")).isTrue();
	}

}
