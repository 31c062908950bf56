package dev.zkconfig.resilience;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.apply.ChangePipeline;
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
 * While the application cannot reach ZooKeeper it keeps serving its last configuration;
 * when it reaches it again it reads the tree again and applies only what really changed,
 * each change once.
 */
class ConnectionLossIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * A closed socket shows only when the client next wakes up to ping, a third of the
	 * session timeout later: a short session keeps that wait short.
	 */
	private static final String SHORT_SESSION = "spring.cloud.zookeeper.session-timeout=6s";

	@RegisterExtension
	static final EnsembleSupport ensemble = new EnsembleSupport();

	@Test
	void valuesAreServedWhileTheServerIsDown() throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			seed(zk, "down");
			try (ConfigurableApplicationContext context = zk.run(ResilienceTestApp.class, "down",
					"spring.cloud.zookeeper.session-timeout=10s")) {
				AppSession session = AppSession.of(context);
				zk.server().stop();
				await().atMost(TIMEOUT).until(() -> !session.isConnected());
				// for a while, not once: the values must not go away while the client
				// retries
				await().during(Duration.ofSeconds(2)).atMost(TIMEOUT).untilAsserted(() -> assertSeeded(context));
				zk.server().restart();
				await().atMost(TIMEOUT).until(session::isConnected);
				assertSeeded(context);
			}
		}
	}

	@Test
	void reconnectingAfterAServerRestartRefreshesNothingWhenNothingChanged() throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			seed(zk, "restart");
			try (ConfigurableApplicationContext context = zk.run(ResilienceTestApp.class, "restart",
					"spring.cloud.zookeeper.session-timeout=10s");
					FullReadLog fullReads = FullReadLog.of("/config/restart")) {
				AppSession session = AppSession.of(context);
				RefreshWitness quiet = RefreshWitness.of(context);
				zk.server().stop();
				await().atMost(TIMEOUT).until(() -> !session.isConnected());
				zk.server().restart();
				await().atMost(TIMEOUT).until(() -> fullReads.completed() > 0);
				await().atMost(TIMEOUT).until(context.getBean(ChangePipeline.class)::isIdle);
				quiet.assertNothingApplied();
				assertSeeded(context);
			}
		}
	}

	@Test
	void reconnectingAfterAClosedSocketRefreshesNothingWhenNothingChanged() throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			seed(zk, "socket");
			try (ConfigurableApplicationContext context = zk.run(ResilienceTestApp.class, "socket", SHORT_SESSION);
					FullReadLog fullReads = FullReadLog.of("/config/socket")) {
				AppSession session = AppSession.of(context);
				long sessionId = session.sessionId();
				RefreshWitness quiet = RefreshWitness.of(context);
				session.closeSocket();
				await().atMost(TIMEOUT).until(() -> fullReads.completed() > 0);
				await().atMost(TIMEOUT).until(context.getBean(ChangePipeline.class)::isIdle);
				quiet.assertNothingApplied();
				assertThat(session.sessionId()).isEqualTo(sessionId);
				assertSeeded(context);
			}
		}
	}

	@Test
	void writesRacingAClosedSocketAreAppliedExactlyOnce() throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			seed(zk, "racing");
			try (ConfigurableApplicationContext context = zk.run(ResilienceTestApp.class, "racing", SHORT_SESSION)) {
				Changes changes = context.getBean(Changes.class);
				AppSession.of(context).closeSocket();
				// whether the watch or the read after reconnecting sees them, they count
				// once
				zk.set("/config/racing/store/keys/k01", "changed");
				zk.delete("/config/racing/store/keys/k02");
				zk.set("/config/racing/store/keys/k03", "added");
				Store store = context.getBean(Store.class);
				await().atMost(TIMEOUT)
					.untilAsserted(() -> assertThat(store.getKeys())
						.containsExactlyInAnyOrderEntriesOf(Map.of("k00", "zero", "k01", "changed", "k03", "added")));
				zk.set("/config/racing/store/keys/k00", "marker");
				await().atMost(TIMEOUT).until(() -> changes.countOf("store.keys.k00") == 1);
				assertThat(changes.keys()).containsExactlyInAnyOrder("store.keys.k01", "store.keys.k02",
						"store.keys.k03", "store.keys.k00");
			}
		}
	}

	/**
	 * The application may connect to one server only, so stopping that server cuts it off
	 * while the other two keep a quorum and take writes: every write below is certain to
	 * happen while the application is disconnected, not merely likely. The server catches
	 * up with the leader before it serves again, so the application's first view after
	 * the outage holds them all.
	 */
	@Test
	void changesMadeWhileTheAppsServerIsDownAreAppliedOnceAfterItComesBack() throws Exception {
		for (String key : List.of("k00", "k01", "k02")) {
			ensemble.set("/config/outage/store/keys/" + key, "before");
		}
		InstanceSpec server = ensemble.follower();
		try (ConfigurableApplicationContext context = ensemble.run(ResilienceTestApp.class, "outage",
				List.of(server))) {
			AppSession session = AppSession.of(context);
			Changes changes = context.getBean(Changes.class);
			Store store = context.getBean(Store.class);
			ensemble.kill(server);
			await().atMost(TIMEOUT).until(() -> !session.isConnected());
			ensemble.set("/config/outage/store/keys/k01", "during");
			ensemble.delete("/config/outage/store/keys/k02");
			ensemble.set("/config/outage/store/keys/k03", "added");
			// the writes are made, and the application has not seen them: it is still cut
			// off
			assertThat(session.isConnected()).isFalse();
			assertThat(store.getKeys())
				.containsExactlyInAnyOrderEntriesOf(Map.of("k00", "before", "k01", "before", "k02", "before"));
			assertThat(changes.events()).isEmpty();

			ensemble.restart(server);
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(store.getKeys())
					.containsExactlyInAnyOrderEntriesOf(Map.of("k00", "before", "k01", "during", "k03", "added")));
			assertThat(context.getBean(Probe.class).key()).isEqualTo("before");
			assertThat(context.getEnvironment().containsProperty("store.keys.k02")).isFalse();
			ensemble.set("/config/outage/store/keys/k04", "marker");
			await().atMost(TIMEOUT).until(() -> changes.countOf("store.keys.k04") == 1);
			assertThat(changes.keys()).containsExactlyInAnyOrder("store.keys.k01", "store.keys.k02", "store.keys.k03",
					"store.keys.k04");
		}
	}

	/**
	 * As above, the application cut off from ZooKeeper; several znodes are deleted
	 * meanwhile.
	 */
	@Test
	void zNodesDeletedWhileTheAppsServerIsDownAreAllRemoved() throws Exception {
		for (String key : List.of("k00", "k01", "k02", "k03", "k04", "k05")) {
			ensemble.set("/config/removed/store/keys/" + key, key);
		}
		InstanceSpec server = ensemble.follower();
		try (ConfigurableApplicationContext context = ensemble.run(ResilienceTestApp.class, "removed",
				List.of(server))) {
			AppSession session = AppSession.of(context);
			long sessionId = session.sessionId();
			Store store = context.getBean(Store.class);
			ensemble.kill(server);
			await().atMost(TIMEOUT).until(() -> !session.isConnected());
			for (String key : List.of("k01", "k02", "k03", "k04", "k05")) {
				ensemble.delete("/config/removed/store/keys/" + key);
			}
			// the writes are made, and the application has not seen them: it is still cut
			// off
			assertThat(session.isConnected()).isFalse();
			ensemble.restart(server);
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(store.getKeys()).containsExactly(Map.entry("k00", "k00")));
			assertThat(session.sessionId()).isEqualTo(sessionId);
			// and the application keeps following ZooKeeper
			ensemble.set("/config/removed/store/keys/k00", "after");
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(context.getBean(Probe.class).key()).isEqualTo("after"));
			assertThat(context.getBean(Changes.class).keys()).containsExactlyInAnyOrder("store.keys.k01",
					"store.keys.k02", "store.keys.k03", "store.keys.k04", "store.keys.k05", "store.keys.k00");
		}
	}

	private static void seed(ZkTestSupport zk, String app) {
		zk.set("/config/" + app + "/store/keys/k00", "zero");
		zk.set("/config/" + app + "/store/keys/k01", "one");
		zk.set("/config/" + app + "/store/keys/k02", "two");
		zk.set("/config/" + app + "/application.yml", "store:\n  doc:\n    d0: doc-zero\n");
	}

	private static void assertSeeded(ConfigurableApplicationContext context) {
		assertThat(context.getEnvironment().getProperty("store.keys.k00")).isEqualTo("zero");
		assertThat(context.getEnvironment().getProperty("store.keys.k02")).isEqualTo("two");
		assertThat(context.getEnvironment().getProperty("store.doc.d0")).isEqualTo("doc-zero");
		assertThat(context.getBean(Store.class).getKeys())
			.containsExactlyInAnyOrderEntriesOf(Map.of("k00", "zero", "k01", "one", "k02", "two"));
		assertThat(context.getBean(Store.class).getDoc()).containsExactly(Map.entry("d0", "doc-zero"));
		Probe probe = context.getBean(Probe.class);
		assertThat(probe.key()).isEqualTo("zero");
		assertThat(probe.doc()).isEqualTo("doc-zero");
	}

}
