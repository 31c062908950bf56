package dev.zkconfig.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code instances} instances of an application watch the same context of {@code keys}
 * keys, each on a ZooKeeper session of its own, all in this JVM ({@link FanOutInstance}:
 * zk-config's client layer, the stock starter's watcher and reload simulated, or a bare
 * {@code CuratorCache}), against a standalone server or an ensemble of {@code servers}.
 * <p>
 * One key changes at a time; the time from just before {@code setData} until every
 * instance holds the new value is measured (p50 and p99 over {@code changes} changes
 * after {@code warmup}). The servers' own counters ({@link ServerCounters}) give, per
 * change, the packets they received and sent from the write until all instances held
 * it, and after startup the watches they hold. Pings of the idle sessions fall into
 * those counts too: a few per second for all of them. The packets received by each
 * server over all measured changes show where the reads land.
 */
final class FanOutScenario {

	/** Threads that start instances at once, so that their round trips overlap. */
	private static final int STARTERS = 16;

	private FanOutScenario() {
	}

	static Result run(Contender contender, Params params) throws Exception {
		int instances = params.intValue("instances");
		int keys = params.intValue("keys");
		int servers = params.intValue("servers");
		int warmup = params.intValue("warmup");
		int changes = params.intValue("changes");
		Duration gap = Duration.ofMillis(params.intValue("gapMillis"));
		Duration cap = Duration.ofSeconds(params.intValue("capSeconds"));
		try (BenchZooKeeper zk = new BenchZooKeeper(servers)) {
			zk.createTree(keys);
			long watchesBefore = ServerCounters.watches(ServerCounters.read());
			long openStart = System.nanoTime();
			List<FanOutInstance> started = open(contender, zk, instances);
			try {
				double openMs = (System.nanoTime() - openStart) / 1e6;
				long watches = ServerCounters.watches(ServerCounters.read()) - watchesBefore;
				List<Double> latencies = new ArrayList<>();
				List<Double> received = new ArrayList<>();
				List<Double> sent = new ArrayList<>();
				List<ServerCounters.Counts> byServer = null;
				int done = 0;
				for (int i = 0; i < warmup + changes; i++) {
					String value = "fan-out-" + i;
					List<ServerCounters.Counts> before = ServerCounters.read();
					long start = System.nanoTime();
					zk.set(BenchZooKeeper.PROBE_PATH, value);
					long seen = Poller.until(() -> allHold(started, value), cap);
					if (seen < 0) {
						break;
					}
					List<ServerCounters.Counts> after = ServerCounters.read();
					if (i >= warmup) {
						latencies.add((seen - start) / 1e6);
						received.add((double) (ServerCounters.received(after) - ServerCounters.received(before)));
						sent.add((double) (ServerCounters.sent(after) - ServerCounters.sent(before)));
						byServer = add(byServer, difference(after, before));
						done++;
					}
					Thread.sleep(gap.toMillis());
				}
				return summary(contender, instances, keys, servers, changes, openMs, watches, latencies, received, sent,
						byServer, done, cap);
			}
			finally {
				close(started);
			}
		}
	}

	private static Result summary(Contender contender, int instances, int keys, int servers, int changes, double openMs,
			long watches, List<Double> latencies, List<Double> received, List<Double> sent,
			List<ServerCounters.Counts> byServer, int done, Duration cap) {
		Result result = new Result().put("instances", instances)
			.put("keys", keys)
			.put("servers", servers)
			.put("changes", done)
			.put("changesPlanned", changes)
			.put("capped", done < changes)
			.put("capSeconds", cap.toSeconds())
			.put("openMs", openMs)
			.put("watches", watches)
			.put("watchesPerInstance", (double) watches / instances);
		if (latencies.isEmpty()) {
			return result;
		}
		result.put("p50AllMs", Stats.median(latencies))
			.put("p99AllMs", Stats.percentile(latencies, 99))
			.put("receivedPerInstance", Stats.median(received) / instances)
			.put("sentPerInstance", Stats.median(sent) / instances)
			.put("latenciesMs", Stats.join(latencies));
		if (byServer != null) {
			StringBuilder shares = new StringBuilder();
			long total = ServerCounters.received(byServer);
			for (ServerCounters.Counts server : byServer) {
				shares.append((shares.length() > 0) ? ";" : "")
					.append(server.server().replace(" ", "").replace("(", "-").replace(")", "").toLowerCase())
					.append(':')
					.append(Math.round(100.0 * server.received() / Math.max(total, 1)));
			}
			result.put("receivedShareByServer", shares.toString());
		}
		return result;
	}

	private static boolean allHold(List<FanOutInstance> instances, String value) {
		for (FanOutInstance instance : instances) {
			if (!value.equals(instance.probeValue())) {
				return false;
			}
		}
		return true;
	}

	private static List<ServerCounters.Counts> difference(List<ServerCounters.Counts> after,
			List<ServerCounters.Counts> before) {
		List<ServerCounters.Counts> delta = new ArrayList<>();
		for (int i = 0; i < after.size(); i++) {
			delta.add(after.get(i).minus(before.get(i)));
		}
		return delta;
	}

	private static List<ServerCounters.Counts> add(List<ServerCounters.Counts> sum,
			List<ServerCounters.Counts> delta) {
		if (sum == null) {
			return delta;
		}
		List<ServerCounters.Counts> total = new ArrayList<>();
		for (int i = 0; i < sum.size(); i++) {
			ServerCounters.Counts a = sum.get(i);
			ServerCounters.Counts b = delta.get(i);
			total.add(new ServerCounters.Counts(a.server(), a.received() + b.received(), a.sent() + b.sent(),
					b.watches()));
		}
		return total;
	}

	private static List<FanOutInstance> open(Contender contender, BenchZooKeeper zk, int instances)
			throws Exception {
		ExecutorService starters = Executors.newFixedThreadPool(STARTERS);
		List<Future<FanOutInstance>> futures = new ArrayList<>();
		List<FanOutInstance> started = new ArrayList<>();
		try {
			for (int i = 0; i < instances; i++) {
				futures.add(starters.submit(() -> FanOutInstance.open(contender, zk)));
			}
			for (Future<FanOutInstance> future : futures) {
				started.add(future.get());
			}
			return started;
		}
		catch (Exception ex) {
			close(started);
			throw ex;
		}
		finally {
			starters.shutdownNow();
		}
	}

	private static void close(List<FanOutInstance> instances) throws Exception {
		for (FanOutInstance instance : instances) {
			instance.close();
		}
	}

}
