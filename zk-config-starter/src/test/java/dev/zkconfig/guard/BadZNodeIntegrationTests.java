package dev.zkconfig.guard;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.guard.GuardTestApp.Counter;
import dev.zkconfig.guard.GuardTestApp.Events;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Id;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Znodes whose data cannot become configuration (malformed documents, data that is not
 * text, znodes too large or not readable) are rejected with the parser's position where
 * it gives one; the application keeps serving the last good values, and the next good
 * write recovers. Unusual but valid layouts keep working.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadZNodeIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void malformedYamlDocumentIsRejected(CapturedOutput output) {
		rejectedThenRecovered("badyaml", "/application.yml", "counter:\n  label: good\n",
				"counter:\n  label: [secret-in-yaml\n", "counter:\n  label: fixed\n", "malformed YAML", "line ");
		assertThat(output).contains("/config/badyaml/application.yml").doesNotContain("secret-in-yaml");
	}

	@Test
	void malformedJsonDocumentIsRejected() {
		rejectedThenRecovered("badjson", "/settings.json", "{\"counter\": {\"label\": \"good\"}}",
				"{\"counter\": {\"label\": \"good\",}}", "{\"counter\": {\"label\": \"fixed\"}}", "malformed JSON",
				"line 1");
	}

	@Test
	void propertiesDocumentWithABadEscapeIsRejected() {
		rejectedThenRecovered("badescape", "/app.properties", "counter.label=good\n", "counter.label=\\uZZZZ\n",
				"counter.label=fixed\n", "malformed properties", "Malformed");
	}

	@Test
	void multiDocumentYamlWithAnInvalidProfileExpressionIsRejected() {
		rejectedThenRecovered("badprofile", "/application.yml", "counter:\n  label: good\n",
				"counter.label: x\n---\nspring.config.activate.on-profile: \"a & | b\"\ncounter.label: y\n",
				"counter.label: fixed\n---\nspring.config.activate.on-profile: other\ncounter.label: y\n",
				"invalid profile expression", "a & | b");
	}

	@Test
	void documentReplacedByAnEmptyZNodeIsRejected() {
		rejectedThenRecovered("emptydoc", "/application.yml", "counter:\n  label: good\n", "",
				"counter:\n  label: fixed\n", "empty document", "delete the znode");
	}

	@Test
	void invalidUtf8IsRejected() {
		rejectedThenRecovered("utf8", "/counter/label", "good".getBytes(StandardCharsets.UTF_8),
				new byte[] { 'b', (byte) 0xC3, (byte) 0x28 }, "fixed".getBytes(StandardCharsets.UTF_8),
				"not valid UTF-8");
	}

	@Test
	void binaryDataIsRejected() {
		rejectedThenRecovered("binary", "/counter/label", "good".getBytes(StandardCharsets.UTF_8),
				new byte[] { 0x00, 0x01, 0x02, 'x' }, "fixed".getBytes(StandardCharsets.UTF_8), "binary data");
	}

	@Test
	void aValueNearOneMegabyteIsRejected() {
		rejectedThenRecovered("large", "/counter/label", "good".getBytes(StandardCharsets.UTF_8),
				"x".repeat(1_000_000).getBytes(StandardCharsets.UTF_8), "fixed".getBytes(StandardCharsets.UTF_8),
				"1000000 bytes", "zkconfig.max-value-size");
	}

	@Test
	void aZNodeTheClientMayNotReadIsRejected() throws Exception {
		zk.set("/config/noauth/counter/label", "good");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "noauth")) {
			Events events = context.getBean(Events.class);
			zk.client()
				.setACL()
				.withACL(List.of(new ACL(ZooDefs.Perms.ALL, new Id("digest", "someone:c29tZW9uZQ==")),
						new ACL(ZooDefs.Perms.WRITE, ZooDefs.Ids.ANYONE_ID_UNSAFE)))
				.forPath("/config/noauth/counter/label");
			// anyone may write it, only someone may read it; ZooKeeper sends no watch
			// event
			// for a znode the watcher may not read, the full read of a new session sees
			// it
			zk.client()
				.setData()
				.forPath("/config/noauth/counter/label", "unreadable".getBytes(StandardCharsets.UTF_8));
			context.getBean(ZkConfigClient.class)
				.getCurator()
				.getZookeeperClient()
				.getZooKeeper()
				.getTestable()
				.injectSessionExpiration();
			await().until(() -> !events.rejections().isEmpty());
			assertThat(events.rejections().get(0).reason()).contains("NoAuth");
			assertThat(events.rejections().get(0).path()).isEqualTo("/config/noauth/counter/label");
			assertThat(context.getBean(Counter.class).label()).isEqualTo("good");
			assertThat(context.getEnvironment().getProperty("counter.label")).isEqualTo("good");
		}
	}

	@Test
	void aKeyZNodeOverridesTheSameKeyInADocument() {
		zk.set("/config/precedence/application.yml", "counter:\n  label: from-document\n  size: 4\n");
		zk.set("/config/precedence/counter/label", "from-key-znode");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "precedence")) {
			assertThat(context.getBean(Counter.class).label()).isEqualTo("from-key-znode");
			assertThat(context.getBean(Counter.class).size()).isEqualTo(4);
			zk.delete("/config/precedence/counter");
			await().untilAsserted(() -> assertThat(context.getBean(Counter.class).label()).isEqualTo("from-document"));
		}
	}

	@Test
	void namesWithSpacesUnicodeAndIndexesAreKeys() {
		zk.set("/config/names/my key", "spaced");
		zk.set("/config/names/grüße", "unicode");
		zk.set("/config/names/tags/labels[0]", "first");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "names")) {
			assertThat(context.getEnvironment().getProperty("my key")).isEqualTo("spaced");
			assertThat(context.getEnvironment().getProperty("grüße")).isEqualTo("unicode");
			zk.set("/config/names/grüße", "changed");
			await().untilAsserted(() -> assertThat(context.getEnvironment().getProperty("grüße")).isEqualTo("changed"));
		}
	}

	@Test
	void aKeyZNodeThatGainsChildrenKeepsItsValue() {
		zk.set("/config/gains/counter/label", "parent-value");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "gains")) {
			zk.set("/config/gains/counter/label/child", "child-value");
			await().untilAsserted(() -> assertThat(context.getEnvironment().getProperty("counter.label.child"))
				.isEqualTo("child-value"));
			assertThat(context.getBean(Counter.class).label()).isEqualTo("parent-value");
		}
	}

	private static void rejectedThenRecovered(String app, String relativePath, String initial, String bad, String good,
			String... reason) {
		rejectedThenRecovered(app, relativePath, initial.getBytes(StandardCharsets.UTF_8),
				bad.getBytes(StandardCharsets.UTF_8), good.getBytes(StandardCharsets.UTF_8), reason);
	}

	private static void rejectedThenRecovered(String app, String relativePath, byte[] initial, byte[] bad, byte[] good,
			String... reason) {
		String path = "/config/" + app + relativePath;
		zk.setBytes(path, initial);
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, app)) {
			Events events = context.getBean(Events.class);
			String before = context.getBean(Counter.class).label();
			zk.setBytes(path, bad);
			await().until(() -> !events.rejections().isEmpty());
			Rejection rejection = events.rejections().get(0);
			assertThat(rejection.path()).isEqualTo(path);
			assertThat(rejection.reason()).contains(reason);
			assertThat(context.getBean(Counter.class).label()).isEqualTo(before);
			assertThat(context.getEnvironment().getProperty("counter.label")).isEqualTo(before);
			assertThat(context.getBean(Rejections.class).getStanding()).isNotEmpty();

			zk.setBytes(path, good);
			await().untilAsserted(() -> assertThat(context.getBean(Counter.class).label()).isEqualTo("fixed"));
			assertThat(context.getEnvironment().getProperty("counter.label")).isEqualTo("fixed");
			assertThat(context.getBean(Rejections.class).getStanding()).isEmpty();
		}
	}

}
