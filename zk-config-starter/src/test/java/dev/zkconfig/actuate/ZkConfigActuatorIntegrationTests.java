package dev.zkconfig.actuate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zkconfig.ZkTestApp;
import dev.zkconfig.ZkTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code zkconfig} endpoint, health indicator and meters of a running web application
 * with actuator, over HTTP.
 */
class ZkConfigActuatorIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theEndpointShowsContextsChangesAndRejectionsWithValuesHidden() throws Exception {
		zk.set("/config/endpoint/app/title", "first");
		zk.set("/config/endpoint/db/password", "s3cret-never-shown");
		try (ConfigurableApplicationContext context = run("endpoint")) {
			zk.set("/config/endpoint/app/title", "second");
			zk.set("/config/endpoint/greeting/count", "not-a-number");
			await().untilAsserted(
					() -> assertThat(get(context, "/actuator/zkconfig").path("rejections").path("standing").size())
						.isEqualTo(1));
			JsonNode zkconfig = get(context, "/actuator/zkconfig");
			JsonNode own = contextNamed(zkconfig, "/config/endpoint");
			assertThat(own.path("keys").asInt()).isEqualTo(2);
			assertThat(own.path("servedFrom").asText()).isEqualTo("zookeeper");
			assertThat(own.path("zxid").asText()).startsWith("0x");
			assertThat(zkconfig.path("connection").path("connected").asBoolean()).isTrue();
			JsonNode change = zkconfig.path("changes").get(0);
			assertThat(change.path("key").asText()).isEqualTo("app.title");
			assertThat(change.path("oldValue").asText()).isEqualTo("******");
			assertThat(change.path("newValue").asText()).isEqualTo("******");
			assertThat(change.path("beans").toString()).contains("app-dev.zkconfig.ZkTestApp$AppProperties");
			JsonNode rejection = zkconfig.path("rejections").path("standing").get(0);
			assertThat(rejection.path("key").asText()).isEqualTo("greeting.count");
			assertThat(rejection.path("reason").asText()).contains("cannot be converted to int");
			assertThat(zkconfig.toString()).doesNotContain("s3cret-never-shown", "not-a-number", "second");
		}
	}

	@Test
	void valuesAreShownWhenAskedForButSecretsStayMasked() throws Exception {
		zk.set("/config/shown/greeting/message", "hello");
		zk.set("/config/shown/db/password", "s3cret-never-shown");
		try (ConfigurableApplicationContext context = run("shown", "management.endpoint.zkconfig.show-values=always",
				"management.endpoint.env.show-values=always")) {
			JsonNode key = get(context, "/actuator/zkconfig/greeting.message");
			assertThat(key.path("value").asText()).isEqualTo("hello");
			assertThat(key.path("sources").get(0).path("znode").asText()).isEqualTo("/config/shown/greeting/message");
			assertThat(key.path("readBy").path("values").toString()).contains("greeter");
			JsonNode secret = get(context, "/actuator/zkconfig/db.password");
			assertThat(secret.path("value").asText()).isEqualTo("******");
			assertThat(get(context, "/actuator/env/db.password").toString()).doesNotContain("s3cret-never-shown");
			assertThat(status(context, "/actuator/zkconfig/no.such.key")).isEqualTo(404);
		}
	}

	@Test
	void healthIsUpWhileConnectedAndTheSnapshotStatusWhileZooKeeperIsAway() throws Exception {
		try (ZkTestSupport own = ZkTestSupport.start()) {
			own.set("/config/health/greeting/message", "hello");
			try (ConfigurableApplicationContext context = own.run(ZkTestApp.class, "health", web(
					"zkconfig.health.snapshot-status=OUT_OF_SERVICE", "spring.cloud.zookeeper.session-timeout=30s"))) {
				JsonNode health = get(context, "/actuator/health/zkconfig");
				assertThat(health.path("status").asText()).isEqualTo("UP");
				assertThat(health.path("details").path("connected").asBoolean()).isTrue();
				assertThat(health.path("details").path("contexts").path("/config/health").path("zxid").asText())
					.startsWith("0x");
				own.server().stop();
				await().untilAsserted(
						() -> assertThat(getAny(context, "/actuator/health/zkconfig").path("status").asText())
							.isEqualTo("OUT_OF_SERVICE"));
				assertThat(context.getEnvironment().getProperty("greeting.message")).isEqualTo("hello");
				own.server().restart();
				await().untilAsserted(
						() -> assertThat(getAny(context, "/actuator/health/zkconfig").path("status").asText())
							.isEqualTo("UP"));
			}
		}
	}

	@Test
	void metersCountAppliedAndRejectedChanges() throws Exception {
		zk.set("/config/metered/app/title", "first");
		try (ConfigurableApplicationContext context = run("metered")) {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			zk.set("/config/metered/app/title", "second");
			zk.set("/config/metered/greeting/count", "not-a-number");
			await().untilAsserted(() -> {
				assertThat(registry.get("zkconfig.changes").tag("outcome", "applied").counter().count()).isEqualTo(1);
				assertThat(registry.get("zkconfig.changes").tag("outcome", "rejected").counter().count()).isEqualTo(1);
			});
			assertThat(registry.get("zkconfig.refresh").timer().count()).isEqualTo(1);
			assertThat(registry.get("zkconfig.propagation").timer().count()).isEqualTo(1);
			assertThat(registry.get("zkconfig.keys").tag("context", "/config/metered").gauge().value()).isEqualTo(1);
			assertThat(registry.get("zkconfig.connection").gauge().value()).isEqualTo(1);
			assertThat(registry.get("zkconfig.staleness").gauge().value()).isZero();
		}
	}

	private static ConfigurableApplicationContext run(String name, String... properties) {
		return zk.run(ZkTestApp.class, name, web(properties));
	}

	private static String[] web(String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.main.web-application-type=servlet", "server.port=0",
				"management.endpoints.web.exposure.include=zkconfig,health,env,metrics",
				"management.endpoint.health.show-details=always"));
		all.addAll(List.of(properties));
		return all.toArray(String[]::new);
	}

	private JsonNode contextNamed(JsonNode zkconfig, String path) {
		for (JsonNode context : zkconfig.path("contexts")) {
			if (context.path("path").asText().equals(path)) {
				return context;
			}
		}
		throw new AssertionError("No context " + path + " in " + zkconfig);
	}

	private JsonNode get(ConfigurableApplicationContext context, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(context, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** Health answers 503 for a status that holds traffic off: read the body anyway. */
	private JsonNode getAny(ConfigurableApplicationContext context, String path)
			throws IOException, InterruptedException {
		return JSON.readTree(send(context, path).body());
	}

	private int status(ConfigurableApplicationContext context, String path) throws IOException, InterruptedException {
		return send(context, path).statusCode();
	}

	private HttpResponse<String> send(ConfigurableApplicationContext context, String path)
			throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
