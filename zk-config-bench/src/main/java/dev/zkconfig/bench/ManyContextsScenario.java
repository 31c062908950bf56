package dev.zkconfig.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application with many contexts: the four automatic ones of application {@code bench}
 * with the profile {@code dev} ({@code /config/bench,dev}, {@code /config/bench},
 * {@code /config/application,dev}, {@code /config/application}), imported by
 * {@code zookeeper:}, plus {@code contexts} explicit ones ({@code /config/extra/c<i>})
 * imported besides, each with {@code keys} keys of 100 bytes under a name of its own.
 * Measures the time of {@code SpringApplication.run} (median of {@code starts} starts in
 * one JVM), then the propagation of one change of the probe key as
 * {@link PropagationScenario} does: until the {@code @RefreshScope} bean returns it (p50
 * of {@code changes} changes after {@code warmup}).
 * <p>
 * The probe key is in the first explicit context: the stock starter's watcher takes its
 * contexts from {@code spring.cloud.zookeeper.config.property-source-contexts}, which
 * each import sets, so it watches the contexts of the explicit import only. Each of its
 * refreshes still reads every context. Its startup storm is kept out of the propagation
 * as in {@link PropagationScenario}.
 */
final class ManyContextsScenario {

	private static final String EXTRA = "/config/extra/c";

	/**
	 * The probe key in an explicit context, whose import wins over the automatic
	 * contexts.
	 */
	private static final String PROBE_PATH = EXTRA + "0/probe/value";

	/**
	 * The automatic contexts but {@code /config/bench}, which
	 * {@link BenchZooKeeper#createTree} makes.
	 */
	private static final String[] AUTOMATIC = { "/config/bench,dev", "/config/application,dev", "/config/application" };

	private ManyContextsScenario() {
	}

	static Result run(Contender contender, Params params) throws Exception {
		int contexts = params.intValue("contexts");
		int keys = params.intValue("keys");
		int starts = params.intValue("starts");
		int warmup = params.intValue("warmup");
		int changes = params.intValue("changes");
		Duration gap = Duration.ofMillis(params.intValue("gapMillis"));
		try (BenchZooKeeper zk = new BenchZooKeeper()) {
			zk.createTree(keys);
			for (int i = 0; i < AUTOMATIC.length; i++) {
				zk.createKeys(AUTOMATIC[i] + "/auto" + i + "/k", keys);
			}
			StringJoiner imported = new StringJoiner(";", "zookeeper:" + zk.connectString(), "");
			for (int i = 0; i < contexts; i++) {
				zk.createKeys(EXTRA + i + "/c" + i + "/k", keys);
				imported.add(EXTRA + i);
			}
			zk.client().create().creatingParentsIfNeeded().forPath(PROBE_PATH, BenchZooKeeper.bytes("initial"));
			String[] properties = { "spring.profiles.active=dev", "spring.config.import=zookeeper:," + imported };
			List<Double> startTimes = new ArrayList<>();
			int properties0 = 0;
			for (int i = 0; i < starts; i++) {
				long start = System.nanoTime();
				try (ConfigurableApplicationContext context = BenchApps.start(contender, zk.connectString(),
						with(properties, "bench.no-settle=true"))) {
					startTimes.add((System.nanoTime() - start) / 1e6);
					properties0 = countKeys(context, contexts, keys);
				}
			}
			// the stock watcher's initial events come in one burst: wait for the first,
			// then for quiet
			String settle = (contender == Contender.STOCK) ? "bench.settle-stock-watcher=1" : "bench.no-settle=true";
			List<Double> latencies = new ArrayList<>();
			try (ConfigurableApplicationContext context = BenchApps.start(contender, zk.connectString(),
					with(properties, settle))) {
				context.getBean(BenchApplication.RefreshCounter.class)
					.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(30));
				Observer observer = Observer.of(context);
				for (int i = 0; i < warmup + changes; i++) {
					String value = "many-" + i;
					long start = System.nanoTime();
					zk.set(PROBE_PATH, value);
					long seen = Poller.until(() -> value.equals(observer.valueOf().apply(BenchApplication.PROBE_KEY)),
							Duration.ofSeconds(120));
					if (seen < 0) {
						throw new IllegalStateException("Change " + i + " was not seen within 120s");
					}
					if (i >= warmup) {
						latencies.add((seen - start) / 1e6);
					}
					ChangeGap.before(i + 1, warmup, gap);
				}
			}
			return new Result().put("keys", keys)
				.put("contexts", contexts + AUTOMATIC.length + 1)
				.put("keysSeen", properties0)
				.put("starts", starts)
				.put("startMs", Stats.median(startTimes))
				.put("changes", changes)
				.put("p50Ms", Stats.median(latencies))
				.put("latenciesMs", Stats.join(latencies));
		}
	}

	/**
	 * Every context's keys must be there, or the scenario would measure less than it
	 * says.
	 */
	private static int countKeys(ConfigurableApplicationContext context, int contexts, int keys) {
		int seen = 0;
		for (int i = 0; i < AUTOMATIC.length; i++) {
			seen += present(context, "auto" + i, keys);
		}
		for (int i = 0; i < contexts; i++) {
			seen += present(context, "c" + i, keys);
		}
		seen += present(context, "keys", keys);
		int expected = keys * (contexts + AUTOMATIC.length + 1);
		if (seen != expected) {
			throw new IllegalStateException("Expected " + expected + " keys in the environment, found " + seen);
		}
		return seen;
	}

	private static int present(ConfigurableApplicationContext context, String name, int keys) {
		int seen = 0;
		for (int i = 0; i < keys; i++) {
			if (context.getEnvironment().containsProperty(name + ".k" + i)) {
				seen++;
			}
		}
		return seen;
	}

	private static String[] with(String[] properties, String extra) {
		String[] all = new String[properties.length + 1];
		System.arraycopy(properties, 0, all, 0, properties.length);
		all[properties.length] = extra;
		return all;
	}

}
