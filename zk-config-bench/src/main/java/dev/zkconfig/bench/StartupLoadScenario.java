package dev.zkconfig.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Startup with a tree of {@code keys} keys: the time of {@code SpringApplication.run},
 * and the load part of it, which is that time less the time of the same start on a tree
 * without the keys (both medians of {@code runs} runs after {@code warmup} runs, in one
 * JVM). The floor reads the same tree with pipelined asynchronous reads
 * ({@link TreeReader}).
 * <p>
 * With {@code capSeconds} above zero, a start on the tree that takes longer is given up:
 * the result says {@code capped=true} and gives the cap as the time, a lower bound.
 */
final class StartupLoadScenario {

	private StartupLoadScenario() {
	}

	static Result run(Contender contender, Params params) throws Exception {
		int keys = params.intValue("keys");
		int warmup = params.intValue("warmup");
		int runs = params.intValue("runs");
		int capSeconds = params.values().containsKey("capSeconds") ? params.intValue("capSeconds") : 0;
		List<Double> full = new ArrayList<>();
		List<Double> empty = new ArrayList<>();
		try (BenchZooKeeper withKeys = new BenchZooKeeper(); BenchZooKeeper withoutKeys = new BenchZooKeeper()) {
			withKeys.createTree(keys);
			withoutKeys.createTree(0);
			for (int i = 0; i < warmup + runs; i++) {
				double fullMillis = (capSeconds > 0) ? timeCapped(contender, withKeys, capSeconds)
						: time(contender, withKeys);
				if (Double.isNaN(fullMillis)) {
					return new Result().put("keys", keys)
						.put("runs", 0)
						.put("capped", true)
						.put("capSeconds", capSeconds)
						.put("startMs", capSeconds * 1000.0)
						.put("loadMs", capSeconds * 1000.0);
				}
				double emptyMillis = time(contender, withoutKeys);
				if (i >= warmup) {
					full.add(fullMillis);
					empty.add(emptyMillis);
				}
			}
		}
		double fullMedian = Stats.median(full);
		double emptyMedian = Stats.median(empty);
		Result result = new Result().put("keys", keys)
			.put("runs", runs)
			.put("capped", false)
			.put("startMs", fullMedian);
		if (contender == Contender.FLOOR) {
			return result.put("loadMs", fullMedian);
		}
		return result.put("emptyStartMs", emptyMedian).put("loadMs", Math.max(fullMedian - emptyMedian, 0.001));
	}

	/**
	 * A timed start given up after the cap: {@code NaN} then. The start goes on in the
	 * background; the child JVM exits when the scenario ends.
	 */
	private static double timeCapped(Contender contender, BenchZooKeeper zk, int capSeconds) throws Exception {
		ExecutorService starter = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "capped-start");
			thread.setDaemon(true);
			return thread;
		});
		try {
			return starter.submit(() -> time(contender, zk)).get(capSeconds, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			return Double.NaN;
		}
		finally {
			starter.shutdownNow();
		}
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
