package dev.zkconfig.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import dev.zkconfig.apply.ChangePipeline;
import dev.zkconfig.resilience.ResilienceTestApp.Changes;
import org.apache.curator.test.InstanceSpec;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Random writes and deletes of 50 keys and a document, interleaved with the faults of a
 * three-server ensemble: afterwards the application serves exactly what ZooKeeper holds,
 * in the {@code Environment} and in its beans.
 * <p>
 * The operations and the order of the faults come from a seed, printed first; run again
 * with {@code -Dzkconfig.soak.seed=<seed>} to replay them (the timing of the faults
 * cannot be replayed).
 */
class FaultSoakIntegrationTests {

	private static final String SEED_PROPERTY = "zkconfig.soak.seed";

	private static final String CONTEXT = "/config/soak";

	private static final int FAULTS_PER_KIND = 18;

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * A connected application applies a write in milliseconds; this leaves the figures
	 * time to print.
	 */
	private static final Duration CATCH_UP = Duration.ofSeconds(20);

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void theApplicationServesWhatZooKeeperHoldsAfterRandomWritesAndFaults() throws Exception {
		long started = System.nanoTime();
		long seed = Long.getLong(SEED_PROPERTY, ThreadLocalRandom.current().nextLong());
		System.out.println("Fault soak: seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")");
		Random random = new Random(seed);
		try (EnsembleSupport ensemble = EnsembleSupport.start()) {
			SoakWorkload workload = new SoakWorkload(ensemble, CONTEXT, random);
			workload.seed();
			try (ConfigurableApplicationContext context = ensemble.run(ResilienceTestApp.class, "soak", List.of())) {
				AppSession session = AppSession.of(context);
				Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
				for (Fault fault : schedule(random)) {
					workload.run(operations(random));
					inject(fault, ensemble, session, workload, random);
					faults.merge(fault, 1, Integer::sum);
				}
				workload.run(operations(random));
				ensemble.heal();
				await().atMost(TIMEOUT).until(session::isConnected);

				// the last write: once the beans have it, they have every write before it
				Changes changes = context.getBean(Changes.class);
				ensemble.set(workload.keyPath("marker"), "end-" + seed);
				boolean caughtUp = caughtUp(() -> changes.countOf("store.keys.marker") > 0);
				ConfigComparison comparison = ConfigComparison.compare(ensemble.client(), CONTEXT, context);

				System.out.println("Fault soak: seed " + seed + ", writes " + workload.writes() + ", deletes "
						+ workload.deletes() + " (failed through faults: " + workload.failures() + "), faults " + faults
						+ ", keys compared " + comparison.keys().size() + " (" + comparison.values()
						+ " values in the Environment and the beans), mismatches " + comparison.mismatches().size()
						+ ", refreshes " + changes.events().size() + " change events ("
						+ context.getBean(ChangePipeline.class).getAppliedRounds() + " applied rounds), wall time "
						+ Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0 + " s" + (caughtUp ? ""
								: "; the last write did not reach the beans within " + CATCH_UP.toSeconds() + " s"));
				comparison.mismatches().forEach((mismatch) -> System.out.println("Fault soak: mismatch: " + mismatch));
				assertThat(workload.writes() + workload.deletes()).isGreaterThanOrEqualTo(200);
				assertThat(faults.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(10);
				assertThat(caughtUp).as("the last write reached the beans, seed " + seed).isTrue();
				assertThat(comparison.mismatches()).as("mismatches with seed " + seed).isEmpty();
			}
		}
	}

	/**
	 * Wait for a condition; whether it came true, so that the figures are printed either
	 * way.
	 */
	private static boolean caughtUp(Callable<Boolean> condition) {
		try {
			await().atMost(CATCH_UP).until(condition);
			return true;
		}
		catch (ConditionTimeoutException ex) {
			return false;
		}
	}

	/** Each kind of fault a few times, in random order. */
	private static List<Fault> schedule(Random random) {
		List<Fault> schedule = new ArrayList<>();
		for (Fault fault : Fault.values()) {
			for (int i = 0; i < FAULTS_PER_KIND; i++) {
				schedule.add(fault);
			}
		}
		Collections.shuffle(schedule, random);
		return schedule;
	}

	private static int operations(Random random) {
		return 6 + random.nextInt(10);
	}

	/** Inject a fault, write while it lasts, and heal it. */
	private static void inject(Fault fault, EnsembleSupport ensemble, AppSession session, SoakWorkload workload,
			Random random) throws Exception {
		switch (fault) {
			case SERVER_RESTART -> {
				InstanceSpec server = ensemble.servers().get(random.nextInt(ensemble.servers().size()));
				CompletableFuture<Void> restart = CompletableFuture.runAsync(() -> {
					try {
						ensemble.restartRunning(server);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				});
				workload.run(operations(random));
				restart.join();
			}
			case SESSION_EXPIRY -> {
				await().atMost(TIMEOUT).until(session::isConnected);
				session.expire();
				workload.run(operations(random));
			}
			case LEADER_KILL -> killAndRestart(ensemble.leader(), ensemble, workload, random);
			case CONNECTED_SERVER_KILL ->
				killAndRestart(ensemble.connectedServer(session.zooKeeper()), ensemble, workload, random);
		}
	}

	private static void killAndRestart(InstanceSpec server, EnsembleSupport ensemble, SoakWorkload workload,
			Random random) throws Exception {
		ensemble.kill(server);
		workload.run(operations(random));
		ensemble.restart(server);
	}

	private enum Fault {

		SERVER_RESTART, SESSION_EXPIRY, LEADER_KILL, CONNECTED_SERVER_KILL

	}

}
