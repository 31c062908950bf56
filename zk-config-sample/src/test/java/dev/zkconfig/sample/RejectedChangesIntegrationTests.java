package dev.zkconfig.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scenario of issue 8: a value the beans cannot take, written through the REST API,
 * is rejected; the application keeps answering with the last good values and shows the
 * rejection until a good value is written.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "zkconfig.embedded.port=0")
class RejectedChangesIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	@LocalServerPort
	private int port;

	@Autowired
	private Environment environment;

	private SampleApi api;

	@BeforeEach
	void createClient() {
		this.api = new SampleApi(this.port);
	}

	@Test
	void aNonNumericRepeatIsRejectedAndTheLastGoodValueKept() {
		setAndAwait("greeting.repeat", "2", "$.beans.refreshScope['greeting.repeat']");
		assertThat(this.api.put("greeting.repeat", "abc").statusCode()).isEqualTo(200);
		await().atMost(TIMEOUT).until(() -> standing("greeting.repeat").size() == 1);
		assertThat(this.api.get("/api/config").statusCode()).isEqualTo(200);
		assertThat(this.api.<String>config("$.beans.refreshScope['greeting.repeat']")).isEqualTo("2");
		assertThat(keyValue("greeting.repeat")).isEqualTo("2");
		assertThat(this.environment.getProperty("greeting.repeat")).isEqualTo("2");
		Map<String, Object> rejection = standing("greeting.repeat").get(0);
		assertThat(rejection).containsEntry("path", "/config/sample/greeting/repeat")
			.containsEntry("context", "/config/sample")
			.containsEntry("standing", true)
			.doesNotContainKey("value");
		assertThat((String) rejection.get("target")).contains("field 'repeat'").contains("Greeting");
		assertThat((String) rejection.get("reason")).contains("cannot be converted to int");
		assertThat(Instant.parse((String) rejection.get("time"))).isBefore(Instant.now().plusSeconds(1));
		assertThat(recent("greeting.repeat")).first().satisfies((recent) -> assertThat(recent).isEqualTo(rejection));

		setAndAwait("greeting.repeat", "3", "$.beans.refreshScope['greeting.repeat']");
		assertThat(this.environment.getProperty("greeting.repeat")).isEqualTo("3");
		assertThat(standing("greeting.repeat")).isEmpty();
		assertThat(recent("greeting.repeat")).first()
			.satisfies((resolved) -> assertThat(resolved).containsEntry("standing", false)
				.containsEntry("reason", rejection.get("reason")));
	}

	@Test
	void aNonNumericMaxChangesIsRejectedAndTheBeanAndTheEnvironmentAgree() {
		setAndAwait("demo.max-changes", "12", "$.beans.configurationProperties['demo.max-changes']");
		assertThat(this.api.put("demo.max-changes", "not-a-number").statusCode()).isEqualTo(200);
		await().atMost(TIMEOUT).until(() -> standing("demo.max-changes").size() == 1);
		assertThat(this.api.<String>config("$.beans.configurationProperties['demo.max-changes']")).isEqualTo("12");
		assertThat(keyValue("demo.max-changes")).isEqualTo("12");
		assertThat(this.environment.getProperty("demo.max-changes")).isEqualTo("12");
		Map<String, Object> rejection = standing("demo.max-changes").get(0);
		assertThat((String) rejection.get("target")).contains("@ConfigurationProperties").contains("'demo'");
		assertThat((String) rejection.get("reason")).contains("cannot be converted to int");

		setAndAwait("demo.max-changes", "10", "$.beans.configurationProperties['demo.max-changes']");
		assertThat(this.environment.getProperty("demo.max-changes")).isEqualTo("10");
		assertThat(standing("demo.max-changes")).isEmpty();
	}

	@Test
	void theEventStreamDeliversARejectedEventWithTheLastGoodView() throws Exception {
		setAndAwait("greeting.repeat", "5", "$.beans.refreshScope['greeting.repeat']");
		try (EventStream stream = EventStream.open(this.api.uri("/api/events"), TIMEOUT)) {
			await().atMost(TIMEOUT).until(() -> hasEvent(stream, "config"));
			this.api.put("greeting.repeat", "five");
			await().atMost(TIMEOUT).until(() -> hasEvent(stream, "rejected"));
			String rejected = stream.events()
				.stream()
				.filter((event) -> event.name().equals("rejected"))
				.findFirst()
				.orElseThrow()
				.data();
			assertThat(JsonPath.<String>read(rejected, "$.rejections[0].key")).isEqualTo("greeting.repeat");
			assertThat(JsonPath.<Boolean>read(rejected, "$.rejections[0].standing")).isTrue();
			assertThat(JsonPath.<List<String>>read(rejected, "$.config.rejections.standing[*].key"))
				.contains("greeting.repeat");
			assertThat(JsonPath.<String>read(rejected, "$.config.beans.refreshScope['greeting.repeat']"))
				.isEqualTo("5");
			assertThat(rejected).doesNotContain("five");
		}
		finally {
			setAndAwait("greeting.repeat", "1", "$.beans.refreshScope['greeting.repeat']");
		}
	}

	@Test
	void writingTheLastGoodValueBackResolvesTheRejectionOnTheEventStream() throws Exception {
		setAndAwait("greeting.repeat", "5", "$.beans.refreshScope['greeting.repeat']");
		try (EventStream stream = EventStream.open(this.api.uri("/api/events"), TIMEOUT)) {
			await().atMost(TIMEOUT).until(() -> hasEvent(stream, "config"));
			this.api.put("greeting.repeat", "five");
			await().atMost(TIMEOUT).until(() -> hasEvent(stream, "rejected"));
			// the value in use again: nothing changes, but the rejection no longer stands
			this.api.put("greeting.repeat", "5");
			await().atMost(TIMEOUT)
				.until(() -> stream.events()
					.stream()
					.filter((event) -> event.name().equals("config"))
					.anyMatch((event) -> JsonPath.<List<String>>read(event.data(), "$.rejections.standing[*].key")
						.isEmpty() && event.data().contains("greeting.repeat")));
			assertThat(standing("greeting.repeat")).isEmpty();
		}
		finally {
			setAndAwait("greeting.repeat", "1", "$.beans.refreshScope['greeting.repeat']");
		}
	}

	@Test
	void aRejectedValueIsNeverShownEvenForASecret() throws Exception {
		try (EventStream stream = EventStream.open(this.api.uri("/api/events"), TIMEOUT)) {
			await().atMost(TIMEOUT).until(() -> hasEvent(stream, "config"));
			String bad = "leaked-token-${no.such.key}";
			assertThat(this.api.put("demo.api-token", bad).body()).doesNotContain("leaked-token");
			await().atMost(TIMEOUT).until(() -> standing("demo.api-token").size() == 1);
			assertThat((String) standing("demo.api-token").get(0).get("reason")).contains("no.such.key");
			await().atMost(TIMEOUT).until(() -> hasEvent(stream, "rejected"));
			assertThat(stream.events()).noneSatisfy((event) -> assertThat(event.data()).contains("leaked-token"));
			assertThat(this.api.get("/api/config").body()).doesNotContain("leaked-token");
		}
		finally {
			this.api.put("demo.api-token", "s3cr3t-demo-token");
			await().atMost(TIMEOUT).until(() -> standing("demo.api-token").isEmpty());
		}
	}

	@Test
	void theSnapshotVersionMovesOnlyWhenAChangeIsAccepted() {
		setAndAwait("greeting.repeat", "7", "$.beans.refreshScope['greeting.repeat']");
		String version = snapshotOf("/config/sample").get("version").toString();
		String acceptedAt = snapshotOf("/config/sample").get("acceptedAt").toString();
		assertThat(version).matches("0x[0-9a-f]+");
		this.api.put("greeting.repeat", "not-an-int");
		await().atMost(TIMEOUT).until(() -> standing("greeting.repeat").size() == 1);
		assertThat(snapshotOf("/config/sample")).containsEntry("version", version)
			.containsEntry("acceptedAt", acceptedAt);
		setAndAwait("greeting.repeat", "8", "$.beans.refreshScope['greeting.repeat']");
		Map<String, Object> accepted = snapshotOf("/config/sample");
		assertThat(Long.decode(accepted.get("version").toString())).isGreaterThan(Long.decode(version));
		assertThat(Instant.parse(accepted.get("acceptedAt").toString())).isAfter(Instant.parse(acceptedAt));
	}

	private void setAndAwait(String key, String value, String beanValue) {
		assertThat(this.api.put(key, value).statusCode()).isEqualTo(200);
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(this.api.<String>config(beanValue)).isEqualTo(value));
	}

	private String keyValue(String key) {
		List<String> values = this.api.config("$.keys[?(@.key == '" + key + "')].value");
		assertThat(values).hasSize(1);
		return values.get(0);
	}

	private Map<String, Object> snapshotOf(String context) {
		List<Map<String, Object>> snapshots = this.api.config("$.snapshots[?(@.context == '" + context + "')]");
		assertThat(snapshots).hasSize(1);
		return snapshots.get(0);
	}

	private List<Map<String, Object>> standing(String key) {
		return this.api.config("$.rejections.standing[?(@.key == '" + key + "')]");
	}

	private List<Map<String, Object>> recent(String key) {
		return this.api.config("$.rejections.recent[?(@.key == '" + key + "')]");
	}

	private static boolean hasEvent(EventStream stream, String name) {
		return stream.events().stream().anyMatch((event) -> event.name().equals(name));
	}

}
