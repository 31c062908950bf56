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

}
