package dev.zkconfig.embedded;

import java.nio.charset.StandardCharsets;

import dev.zkconfig.ZkTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ZNodeSeederIntegrationTests {

	private ZkTestSupport zk;

	private ZNodeSeeder seeder;

	@BeforeEach
	void startZooKeeper() throws Exception {
		this.zk = ZkTestSupport.start();
		this.seeder = new ZNodeSeeder(this.zk.client());
	}

	@AfterEach
	void stopZooKeeper() throws Exception {
		this.zk.close();
	}

	@Test
	void createsTheZNodesOfAYamlFileWithKeysAsPaths() throws Exception {
		assertThat(this.seeder.seed(new ClassPathResource("embedded/seed.yml"))).containsExactly(
				"/config/seeded/app/title", "/config/seeded/greeting/count", "/config/seeded/greeting/message");
		assertThat(data("/config/seeded/greeting/message")).isEqualTo("Hello from the seed");
		assertThat(data("/config/seeded/greeting/count")).isEqualTo("3");
		assertThat(data("/config/seeded/app/title")).isEqualTo("seeded title");
	}

	@Test
	void createsTheZNodesOfAPropertiesFileParentsFirst() throws Exception {
		assertThat(this.seeder.seed(new ClassPathResource("embedded/seed.properties")))
			.containsExactly("/config/props/greeting", "/config/props/greeting/message");
		assertThat(data("/config/props/greeting")).isEqualTo("parent value");
		assertThat(data("/config/props/greeting/message")).isEqualTo("from properties");
	}

	@Test
	void neverOverwritesExistingZNodes() throws Exception {
		this.zk.set("/config/seeded/greeting/message", "changed by the user");
		assertThat(this.seeder.seed(new ClassPathResource("embedded/seed.yml")))
			.containsExactly("/config/seeded/app/title", "/config/seeded/greeting/count");
		assertThat(data("/config/seeded/greeting/message")).isEqualTo("changed by the user");
		assertThat(this.seeder.seed(new ClassPathResource("embedded/seed.yml"))).isEmpty();
		assertThat(data("/config/seeded/greeting/message")).isEqualTo("changed by the user");
	}

	@Test
	void failsWithTheKeyWhenAKeyIsNotAValidPath() {
		assertThatExceptionOfType(EmbeddedZooKeeperException.class)
			.isThrownBy(() -> this.seeder.seed(new ClassPathResource("embedded/invalid-seed.properties")))
			.withMessageContaining("Key 'config.bad..key'")
			.withMessageContaining("invalid-seed.properties")
			.withMessageContaining("not a valid znode path");
	}

	@Test
	void failsWhenTheSeedFileDoesNotExist() {
		assertThatExceptionOfType(EmbeddedZooKeeperException.class)
			.isThrownBy(() -> this.seeder.seed(new ClassPathResource("embedded/missing.yml")))
			.withMessageContaining("missing.yml")
			.withMessageContaining("does not exist");
	}

	private String data(String path) throws Exception {
		return new String(this.zk.client().getData().forPath(path), StandardCharsets.UTF_8);
	}

}
