package dev.zkconfig.resilience;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.zkconfig.resilience.ResilienceTestApp.Changes;
import dev.zkconfig.resilience.ResilienceTestApp.Probe;
import dev.zkconfig.resilience.ResilienceTestApp.Store;
import org.apache.curator.test.InstanceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Against a three-server ensemble, updates keep reaching the beans through the faults an
 * ensemble is built to survive: the leader killed, the application's own server killed,
 * every server restarted in turn. None is lost and none applied twice.
 */
class EnsembleFailoverIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@RegisterExtension
	static final EnsembleSupport ensemble = new EnsembleSupport();

	@Test
	void updatesKeepReachingTheBeansWhenTheLeaderIsKilled() throws Exception {
		try (Writes writes = new Writes("leader")) {
			writes.round("before");
			InstanceSpec leader = ensemble.leader();
			ensemble.kill(leader);
			writes.round("leader-down");
			assertThat(ensemble.leader()).isNotEqualTo(leader);
			ensemble.restart(leader);
			writes.round("leader-back");
			writes.assertEachAppliedOnce();
		}
	}

	@Test
	void updatesKeepReachingTheBeansWhenTheAppsServerIsKilled() throws Exception {
		try (Writes writes = new Writes("connected")) {
			writes.round("before");
			InstanceSpec server = ensemble.connectedServer(writes.session.zooKeeper());
			ensemble.kill(server);
			writes.round("server-down");
			assertThat(ensemble.connectedServer(writes.session.zooKeeper())).isNotEqualTo(server);
			ensemble.restart(server);
			writes.round("server-back");
			writes.assertEachAppliedOnce();
		}
	}

	@Test
	void updatesKeepReachingTheBeansThroughARollingRestart() throws Exception {
		try (Writes writes = new Writes("rolling")) {
			writes.round("before");
			long session = writes.session.sessionId();
			for (InstanceSpec server : ensemble.servers()) {
				ensemble.restartRunning(server);
				writes.round("after-restart-of-" + server.getServerId());
			}
			assertThat(writes.session.sessionId()).isEqualTo(session);
			writes.assertEachAppliedOnce();
		}
	}

	/**
	 * An application and the rounds of updates written to it: each round writes new
	 * values to the same keys and waits until the beans and the {@code Environment} hold
	 * them all.
	 */
	private static final class Writes implements AutoCloseable {

		private static final List<String> KEYS = List.of("k00", "k01", "k02", "k03", "k04");

		private final String app;

		private final ConfigurableApplicationContext context;

		private final AppSession session;

		private int rounds;

		Writes(String app) throws Exception {
			this.app = app;
			for (String key : KEYS) {
				ensemble.set(path(key), "initial");
			}
			this.context = ensemble.run(ResilienceTestApp.class, app, List.of());
			this.session = AppSession.of(this.context);
		}

		void round(String value) throws Exception {
			Map<String, String> expected = new LinkedHashMap<>();
			for (String key : KEYS) {
				ensemble.set(path(key), value + "-" + key);
				expected.put(key, value + "-" + key);
			}
			ensemble.set("/config/" + this.app + "/application.yml", "store:\n  doc:\n    d0: " + value + "\n");
			this.rounds++;
			Store store = this.context.getBean(Store.class);
			await().atMost(TIMEOUT).untilAsserted(() -> {
				assertThat(store.getKeys()).containsExactlyInAnyOrderEntriesOf(expected);
				assertThat(store.getDoc()).containsExactly(Map.entry("d0", value));
				Probe probe = this.context.getBean(Probe.class);
				assertThat(probe.key()).isEqualTo(value + "-k00");
				assertThat(probe.doc()).isEqualTo(value);
				assertThat(this.context.getEnvironment().getProperty("store.keys.k04")).isEqualTo(value + "-k04");
			});
		}

		/**
		 * Each key changed once a round: a change applied twice, or lost, shows in the
		 * count.
		 */
		void assertEachAppliedOnce() {
			Changes changes = this.context.getBean(Changes.class);
			for (String key : KEYS) {
				assertThat(changes.countOf("store.keys." + key)).as(key).isEqualTo(this.rounds);
			}
			assertThat(changes.countOf("store.doc.d0")).isEqualTo(this.rounds);
		}

		private String path(String key) {
			return "/config/" + this.app + "/store/keys/" + key;
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

}
