package dev.zkconfig.sample;

import java.net.http.HttpResponse;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "zkconfig.embedded.port=0")
class SampleApplicationIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	@LocalServerPort
	private int port;

	private SampleApi api;

	@BeforeEach
	void createClient() {
		this.api = new SampleApi(this.port);
	}

	@Test
	void startsWithTheSeededConfiguration() {
		assertThat(this.api.<String>config("$.zooKeeper.context")).isEqualTo("/config/sample");
		assertThat(this.api.<Boolean>config("$.zooKeeper.embedded")).isTrue();
		assertThat(this.api.<String>config("$.beans.environment['notice.text']")).startsWith("Change a value");
		assertThat(this.api.<List<String>>config("$.keys[*].key")).contains("notice.text", "demo.api-token");
		assertThat(this.api.<List<Map<String, Object>>>config("$.keys[?(@.key == 'notice.text')]")).singleElement()
			.satisfies((key) -> assertThat(key).containsEntry("origin", "/config/sample/notice/text")
				.containsEntry("document", false));
		assertThat(this.api.<List<String>>config("$.snapshots[?(@.context == '/config/sample')].version"))
			.singleElement()
			.satisfies((version) -> assertThat(Long.decode(version)).isPositive());
	}

	@Test
	void showsZkConfigsHealthAndEndpoint() {
		assertThat(this.api.<String>config("$.zooKeeper.health")).isEqualTo("UP");
		HttpResponse<String> health = this.api.get("/actuator/health/zkconfig");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
		String zkconfig = this.api.get("/actuator/zkconfig").body();
		assertThat(JsonPath.<List<String>>read(zkconfig, "$.contexts[*].path")).contains("/config/sample");
		assertThat(JsonPath.<List<String>>read(zkconfig, "$.contexts[?(@.path == '/config/sample')].servedFrom"))
			.containsExactly("zookeeper");
		String token = this.api.get("/actuator/zkconfig/demo.api-token").body();
		assertThat(JsonPath.<String>read(token, "$.value")).isEqualTo("******");
		assertThat(token).doesNotContain("s3cr3t-demo-token");
	}

	@Test
	void servesThePage() {
		assertThat(this.api.get("/").body()).contains("<script src=\"app.js\"></script>");
	}

	@Test
	void aValueSetThroughTheApiReachesTheBeansTheApiAndTheEventStream() throws Exception {
		try (EventStream stream = EventStream.open(this.api.uri("/api/events"), TIMEOUT)) {
			await().atMost(TIMEOUT).until(() -> hasEvent(stream, "config"));
			assertThat(this.api.put("greeting.message", "Hello from the test").statusCode()).isEqualTo(200);
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(this.api.<String>config("$.beans.refreshScope['greeting.message']"))
					.isEqualTo("Hello from the test"));
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(changesIn(stream))
					.anySatisfy((change) -> assertThat(change).containsEntry("key", "greeting.message")
						.containsEntry("newValue", "Hello from the test")));
			EventStream.Event change = stream.events()
				.stream()
				.filter((event) -> event.name().equals("change"))
				.reduce((first, second) -> second)
				.orElseThrow();
			assertThat(JsonPath.<String>read(change.data(), "$.config.beans.refreshScope['greeting.message']"))
				.isEqualTo("Hello from the test");
			assertThat(this.api.<List<String>>config("$.changes[*].key")).contains("greeting.message");
		}
	}

	@Test
	void aConfigurationPropertiesBeanIsRebound() {
		this.api.put("demo.title", "Rebound title");
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.api.<String>config("$.beans.configurationProperties['demo.title']"))
				.isEqualTo("Rebound title"));
		assertThat(this.api.<String>config("$.title")).isEqualTo("Rebound title");
	}

	@Test
	void aDeletedKeyFallsBackToTheDefaultOfARefreshScopeBean() {
		this.api.put("greeting.repeat", "4");
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.api.<String>config("$.beans.refreshScope['greeting.repeat']"))
				.isEqualTo("4"));
		assertThat(this.api.delete("greeting.repeat").statusCode()).isEqualTo(204);
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.api.<String>config("$.beans.refreshScope['greeting.repeat']"))
				.isEqualTo("1"));
		assertThat(this.api.<List<String>>config("$.keys[*].key")).doesNotContain("greeting.repeat");
	}

	@Test
	void secretValuesAreMaskedEverywhere() throws Exception {
		try (EventStream stream = EventStream.open(this.api.uri("/api/events"), TIMEOUT)) {
			await().atMost(TIMEOUT).until(() -> hasEvent(stream, "config"));
			assertThat(this.api.put("demo.api-token", "do-not-show-this").body()).doesNotContain("do-not-show-this");
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(changesIn(stream))
					.anySatisfy((change) -> assertThat(change).containsEntry("key", "demo.api-token")));
			assertThat(stream.events()).noneSatisfy((event) -> assertThat(event.data()).contains("do-not-show-this"));
			String config = this.api.get("/api/config").body();
			assertThat(config).doesNotContain("do-not-show-this").doesNotContain("s3cr3t-demo-token");
			assertThat(this.api.<String>config("$.beans.configurationProperties['demo.api-token']"))
				.isEqualTo("******");
		}
	}

	private static boolean hasEvent(EventStream stream, String name) {
		return stream.events().stream().anyMatch((event) -> event.name().equals(name));
	}

	private static List<Map<String, Object>> changesIn(EventStream stream) {
		return stream.events()
			.stream()
			.filter((event) -> event.name().equals("change"))
			.flatMap((event) -> JsonPath.<List<Map<String, Object>>>read(event.data(), "$.changes").stream())
			.toList();
	}

}
