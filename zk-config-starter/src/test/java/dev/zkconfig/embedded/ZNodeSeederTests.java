package dev.zkconfig.embedded;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

class ZNodeSeederTests {

	private final Resource seed = new ByteArrayResource(new byte[0], "seed");

	@Test
	void everyDotSeparatesZNodes() {
		assertThat(ZNodeSeeder.toPath(this.seed, "config.sample.greeting.message"))
			.isEqualTo("/config/sample/greeting/message");
	}

	@Test
	void aBracketedNameKeepsItsDotsSoThatADocumentCanBeSeeded() {
		assertThat(ZNodeSeeder.toPath(this.seed, "config.sample[application.yml]"))
			.isEqualTo("/config/sample/application.yml");
		assertThat(ZNodeSeeder.toPath(this.seed, "[a.b].c")).isEqualTo("/a.b/c");
	}

	@Test
	void anIndexStaysPartOfItsName() {
		assertThat(ZNodeSeeder.toPath(this.seed, "config.app.list[0]")).isEqualTo("/config/app/list[0]");
		assertThat(ZNodeSeeder.toPath(this.seed, "config.app.hosts[1].name")).isEqualTo("/config/app/hosts[1]/name");
	}

}
