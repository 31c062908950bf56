package dev.zkconfig.sample;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.zkconfig.embedded.ZNodeSeeder;
import org.apache.curator.framework.CuratorFramework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample's whole YAML document, {@code /config/sample/application.yml}: its
 * properties reach the beans, the page tells them by their origin, and a change to it is
 * accepted or rejected whole.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "zkconfig.embedded.port=0")
class SampleDocumentIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static final String DOCUMENT = "/config/sample/application.yml";

	private static final String SEEDED_SUBTITLE = "Beans that follow their configuration in ZooKeeper, live";

	private static final String SUBTITLE = "$.beans.configurationProperties['demo.subtitle']";

	private static final String MAX_REJECTIONS = "$.beans.configurationProperties['demo.max-rejections']";

	@LocalServerPort
	private int port;

	@Autowired
	private CuratorFramework curator;

	private SampleApi api;

	private String seeded;

	@BeforeEach
	void createClient() throws Exception {
		this.api = new SampleApi(this.port);
		this.seeded = new YamlPropertiesFactory().seededDocument();
		await().atMost(TIMEOUT).until(() -> this.api.<String>config(SUBTITLE) != null);
	}

	@AfterEach
	void restoreTheSeededDocument() throws Exception {
		writeDocument(this.seeded);
		await().atMost(TIMEOUT)
			.until(() -> SEEDED_SUBTITLE.equals(this.api.config(SUBTITLE)) && standing(DOCUMENT).isEmpty());
	}

	@Test
	void thePropertiesOfTheSeededDocumentReachTheBeansWithTheDocumentAsTheirOrigin() throws Exception {
		assertThat(new String(this.curator.getData().forPath(DOCUMENT), StandardCharsets.UTF_8)).isEqualTo(this.seeded);
		assertThat(this.api.<String>config(SUBTITLE)).isEqualTo(SEEDED_SUBTITLE);
		assertThat(this.api.<String>config(MAX_REJECTIONS)).isEqualTo("10");
		List<Map<String, Object>> fromDocument = this.api.config("$.keys[?(@.document == true)]");
		assertThat(fromDocument).extracting((key) -> key.get("key"))
			.containsExactlyInAnyOrder("demo.subtitle", "demo.max-rejections");
		assertThat(fromDocument).allSatisfy((key) -> assertThat(key).containsEntry("origin", DOCUMENT));
		assertThat(this.api.<String>config("$.subtitle")).isEqualTo(this.api.<String>config(SUBTITLE));
	}

	@Test
	void aMalformedDocumentIsRejectedWithTheParsersLineAndTheLastGoodValuesKept() throws Exception {
		writeDocument("demo:\n  subtitle: Never shown\n  max-rejections: [5\n");
		await().atMost(TIMEOUT).until(() -> standing(DOCUMENT).size() == 1);
		Map<String, Object> rejection = standing(DOCUMENT).get(0);
		assertThat(rejection.get("key")).isNull();
		assertThat((String) rejection.get("reason")).contains("malformed YAML").contains("line ");
		assertThat(this.api.<String>config(SUBTITLE)).isEqualTo(SEEDED_SUBTITLE);
		assertThat(this.api.get("/api/config").body()).doesNotContain("Never shown");

		writeDocument("demo:\n  subtitle: Both at once\n  max-rejections: 4\n");
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.api.<String>config(SUBTITLE)).isEqualTo("Both at once"));
		assertThat(this.api.<String>config(MAX_REJECTIONS)).isEqualTo("4");
		assertThat(standing(DOCUMENT)).isEmpty();
	}

	@Test
	void aDocumentWithOneValueTheBeanCannotTakeIsRejectedWhole() throws Exception {
		writeDocument("demo:\n  subtitle: Not without the other\n  max-rejections: many\n");
		await().atMost(TIMEOUT).until(() -> standing(DOCUMENT).size() == 1);
		Map<String, Object> rejection = standing(DOCUMENT).get(0);
		assertThat(rejection.get("key")).isEqualTo("demo.max-rejections");
		assertThat((String) rejection.get("reason")).contains("'demo.max-rejections' cannot be converted to int");
		assertThat(this.api.<String>config(SUBTITLE)).isEqualTo(SEEDED_SUBTITLE);
		assertThat(this.api.<String>config(MAX_REJECTIONS)).isEqualTo("10");
		assertThat(this.api.get("/api/config").body()).doesNotContain("Not without the other");
	}

	@Test
	void anExistingDocumentIsKeptAtTheNextStart() throws Exception {
		String edited = "demo:\n  subtitle: Edited in ZooKeeper\n";
		writeDocument(edited);
		new ZNodeSeeder(this.curator).seed(new ClassPathResource("zk-seed.yml"));
		assertThat(new String(this.curator.getData().forPath(DOCUMENT), StandardCharsets.UTF_8)).isEqualTo(edited);
	}

	private void writeDocument(String text) throws Exception {
		this.curator.setData().forPath(DOCUMENT, text.getBytes(StandardCharsets.UTF_8));
	}

	private List<Map<String, Object>> standing(String path) {
		return this.api.config("$.rejections.standing[?(@.path == '" + path + "')]");
	}

	/** The document as the seed file gives it. */
	private static final class YamlPropertiesFactory {

		String seededDocument() {
			YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
			yaml.setResources(new ClassPathResource("zk-seed.yml"));
			return yaml.getObject().getProperty("config.sample[application.yml]");
		}

	}

}
