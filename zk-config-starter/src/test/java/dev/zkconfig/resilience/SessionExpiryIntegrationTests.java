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
 * When the application's session expires, its watch is set again on the new session and
 * the tree read again: nothing written meanwhile is lost, znodes are compared by what
 * they hold rather than by their version, and what did not change is not refreshed.
 */
class SessionExpiryIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@RegisterExtension
	static final EnsembleSupport ensemble = new EnsembleSupport();

	@Test
	void afterTheSessionExpiresTheTreeIsReadAgainAndUnchangedValuesRefreshNothing() throws Exception {
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			zk.set("/config/expired/store/keys/k00", "zero");
			zk.set("/config/expired/store/keys/k01", "one");
			zk.set("/config/expired/application.yml", "store:\n  doc:\n    d0: doc-zero\n");
			try (ConfigurableApplicationContext context = zk.run(ResilienceTestApp.class, "expired");
					FullReadLog fullReads = FullReadLog.of("/config/expired")) {
				AppSession session = AppSession.of(context);
				long expiredSession = session.sessionId();
				RefreshWitness witness = RefreshWitness.of(context);
				session.expire();
				await().atMost(TIMEOUT).until(() -> fullReads.completed() > 0);
				await().atMost(TIMEOUT).until(context.getBean(ChangePipeline.class)::isIdle);
				assertThat(session.sessionId()).isNotEqualTo(expiredSession);
				witness.assertNothingApplied();
				assertThat(context.getBean(Probe.class).key()).isEqualTo("zero");
				assertThat(context.getBean(Store.class).getDoc()).containsExactly(Map.entry("d0", "doc-zero"));

				// the watch is set on the new session: a later write still arrives
				zk.set("/config/expired/store/keys/k00", "after");
				await().atMost(TIMEOUT)
					.untilAsserted(() -> assertThat(context.getBean(Probe.class).key()).isEqualTo("after"));
				assertThat(context.getBean(Changes.class).keys()).containsExactly("store.keys.k00");
			}
		}
	}

	/**
	 * The application may connect to one server only. That server is killed, then the
	 * session expired, so that every write below certainly happens while the application
	 * has no session and no watch: a watch event cannot tell it about them, only the read
	 * of the tree on the new session can. The server's peers keep a quorum and take the
	 * writes; the server catches up with them before it serves again.
	 */
	@Test
	void whatChangedWhileTheSessionWasGoneIsAppliedOnceComparedByValueNotVersion() throws Exception {
		for (String key : List.of("k00", "k01", "k02", "k03", "k04")) {
			ensemble.set("/config/gone/store/keys/" + key, key + "-before");
		}
		ensemble.set("/config/gone/application.yml", "store:\n  doc:\n    d0: doc-before\n");
		InstanceSpec server = ensemble.follower();
		try (ConfigurableApplicationContext context = ensemble.run(ResilienceTestApp.class, "gone", List.of(server))) {
			AppSession session = AppSession.of(context);
			long expiredSession = session.sessionId();
			Changes changes = context.getBean(Changes.class);
			Store store = context.getBean(Store.class);
			ensemble.kill(server);
			await().atMost(TIMEOUT).until(() -> !session.isConnected());
			session.expire();

			ensemble.set("/config/gone/store/keys/k01", "k01-after");
			ensemble.delete("/config/gone/store/keys/k02");
			// deleted and created again: a new znode with version 0, as the old one had
			ensemble.delete("/config/gone/store/keys/k03");
			ensemble.set("/config/gone/store/keys/k03", "k03-before");
			ensemble.delete("/config/gone/store/keys/k04");
			ensemble.set("/config/gone/store/keys/k04", "k04-after");
			ensemble.set("/config/gone/store/keys/k05", "k05-added");
			ensemble.delete("/config/gone/application.yml");
			ensemble.set("/config/gone/application.yml", "store:\n  doc:\n    d0: doc-before\n");

			// the writes are made, and the application has not seen them: it is still cut
			// off
			assertThat(session.isConnected()).isFalse();
			ensemble.restart(server);
			Map<String, String> expected = Map.of("k00", "k00-before", "k01", "k01-after", "k03", "k03-before", "k04",
					"k04-after", "k05", "k05-added");
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(store.getKeys()).containsExactlyInAnyOrderEntriesOf(expected));
			assertThat(session.sessionId()).isNotEqualTo(expiredSession);
			assertThat(store.getDoc()).containsExactly(Map.entry("d0", "doc-before"));
			assertThat(context.getEnvironment().containsProperty("store.keys.k02")).isFalse();
			ensemble.set("/config/gone/store/keys/k00", "marker");
			await().atMost(TIMEOUT).until(() -> changes.countOf("store.keys.k00") == 1);
			assertThat(changes.keys()).containsExactlyInAnyOrder("store.keys.k01", "store.keys.k02", "store.keys.k04",
					"store.keys.k05", "store.keys.k00");
		}
	}

	/**
	 * As above, the application without a session; several znodes are deleted meanwhile.
	 */
	@Test
	void zNodesDeletedWhileTheSessionWasGoneAreAllRemoved() throws Exception {
		for (String key : List.of("k00", "k01", "k02", "k03", "k04", "k05")) {
			ensemble.set("/config/deleted/store/keys/" + key, key);
		}
		InstanceSpec server = ensemble.follower();
		try (ConfigurableApplicationContext context = ensemble.run(ResilienceTestApp.class, "deleted",
				List.of(server))) {
			AppSession session = AppSession.of(context);
			Store store = context.getBean(Store.class);
			ensemble.kill(server);
			await().atMost(TIMEOUT).until(() -> !session.isConnected());
			session.expire();
			for (String key : List.of("k01", "k02", "k03", "k04", "k05")) {
				ensemble.delete("/config/deleted/store/keys/" + key);
			}
			// the writes are made, and the application has not seen them: it is still cut
			// off
			assertThat(session.isConnected()).isFalse();
			ensemble.restart(server);
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(store.getKeys()).containsExactly(Map.entry("k00", "k00")));
			// and the application keeps following ZooKeeper
			ensemble.set("/config/deleted/store/keys/k00", "after");
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(context.getBean(Probe.class).key()).isEqualTo("after"));
			assertThat(context.getBean(Changes.class).keys()).containsExactlyInAnyOrder("store.keys.k01",
					"store.keys.k02", "store.keys.k03", "store.keys.k04", "store.keys.k05", "store.keys.k00");
		}
	}

}
