package dev.zkconfig.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Startup with a tree of {@code keys} keys: the time of {@code SpringApplication.run},
 * and the load part of it, which is that time less the time of the same start on a tree
 * without the keys (both medians of {@code runs} runs after {@code warmup} runs, in one
 * JVM). The floor reads the same tree with pipelined asynchronous reads
 * ({@link TreeReader}).
 */
final class StartupLoadScenario {

	private StartupLoadScenario() {
	}

	static Result run(Contender contender, Params params) throws Exception {
		int keys = params.intValue("keys");
		int warmup = params.intValue("warmup");
		int runs = params.intValue("runs");
		List<Double> full = new ArrayList<>();
		List<Double> empty = new ArrayList<>();
		try (BenchZooKeeper withKeys = new BenchZooKeeper(); BenchZooKeeper withoutKeys = new BenchZooKeeper()) {
			withKeys.createTree(keys);
			withoutKeys.createTree(0);
			for (int i = 0; i < warmup + runs; i++) {
				double fullMillis = time(contender, withKeys);
				double emptyMillis = time(contender, withoutKeys);
				if (i >= warmup) {
					full.add(fullMillis);
					empty.add(emptyMillis);
				}
			}
		}
		double fullMedian = Stats.median(full);
		double emptyMedian = Stats.median(empty);
		Result result = new Result().put("keys", keys).put("runs", runs).put("startMs", fullMedian);
		if (contender == Contender.FLOOR) {
			return result.put("loadMs", fullMedian);
		}
		return result.put("emptyStartMs", emptyMedian).put("loadMs", Math.max(fullMedian - emptyMedian, 0.001));
	}

	private static double time(Contender contender, BenchZooKeeper zk) throws Exception {
		long start = System.nanoTime();
		if (contender == Contender.FLOOR) {
			int read = TreeReader.read(zk.client(), BenchZooKeeper.CONTEXT);
			long elapsed = System.nanoTime() - start;
			if (read < 1) {
				throw new IllegalStateException("The floor read nothing");
			}
			return elapsed / 1e6;
		}
		ConfigurableApplicationContext context = BenchApps.start(contender, zk.connectString());
		long elapsed = System.nanoTime() - start;
		context.close();
		return elapsed / 1e6;
	}

}
