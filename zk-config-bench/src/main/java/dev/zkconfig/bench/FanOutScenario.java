package dev.zkconfig.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * change, the packets they received and sent from the write until all instances held it,
 * and after startup the watches they hold; and the peak of the requests they held
 * outstanding ({@link OutstandingRequests}): ZooKeeper counts its backlog in requests,
 * not bytes. Pings of the idle sessions fall into those counts too: a few per second for
 * all of them. The packets received by each server over all measured changes show where
 * the reads land.
 * <p>
 * With {@code firstInstances}, that many instances are measured first, their figures
 * named with the suffix {@code At<n>}, then the rest are started and all are measured.
 */
final class FanOutScenario {

	/** Threads that start instances at once, so that their round trips overlap. */
	private static final int STARTERS = 16;

	private FanOutScenario() {
	}

	static Result run(Contender contender, Params params) throws Exception {
		int instances = params.intValue("instances");
		int first = params.values().containsKey("firstInstances") ? params.intValue("firstInstances") : 0;
		int keys = params.intValue("keys");
		int servers = params.intValue("servers");
		int warmup = params.intValue("warmup");
		int changes = params.intValue("changes");
		Duration gap = Duration.ofMillis(params.intValue("gapMillis"));
		Duration cap = Duration.ofSeconds(params.intValue("capSeconds"));
		Result result = new Result().put("instances", instances)
			.put("firstInstances", first)
			.put("keys", keys)
			.put("servers", servers)
			.put("changesPlanned", changes)
			.put("capSeconds", cap.toSeconds());
		try (BenchZooKeeper zk = new BenchZooKeeper(servers)) {
			zk.createTree(keys);
			long watchesBefore = ServerCounters.watches(ServerCounters.read());
			List<FanOutInstance> started = new ArrayList<>();
			try {
				if (first > 0) {
					started.addAll(open(contender, zk, first));
					long watches = ServerCounters.watches(ServerCounters.read()) - watchesBefore;
					Sample sample = measure(started, zk, warmup, changes, gap, cap);
					summary(result, "At" + first, first, watches, sample, changes);
				}
				long openStart = System.nanoTime();
				started.addAll(open(contender, zk, instances - started.size()));
				result.put("openMs", (System.nanoTime() - openStart) / 1e6);
				long watches = ServerCounters.watches(ServerCounters.read()) - watchesBefore;
				Sample sample = measure(started, zk, warmup, changes, gap, cap);
				return summary(result, "", instances, watches, sample, changes);
			}
			finally {
				close(started);
			}
		}
	}

	/**
	 * Change the probe key {@code warmup + changes} times, each once all instances hold
	 * the one before.
	 */
	private static Sample measure(List<FanOutInstance> started, BenchZooKeeper zk, int warmup, int changes,
			Duration gap, Duration cap) throws InterruptedException {
		Sample sample = new Sample(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		try (OutstandingRequests outstanding = OutstandingRequests.sample()) {
			for (int i = 0; i < warmup + changes; i++) {
				if (!change(started, zk, cap, sample, outstanding, "fan-out-" + started.size() + "-" + i,
						i >= warmup)) {
					break;
				}
				Thread.sleep(gap.toMillis());
			}
		}
		return sample;
	}

	/**
	 * Make one change and wait until all instances hold it.
	 * @return whether they did within the cap
	 */
	private static boolean change(List<FanOutInstance> started, BenchZooKeeper zk, Duration cap, Sample sample,
			OutstandingRequests outstanding, String value, boolean measured) throws InterruptedException {
		List<ServerCounters.Counts> before = ServerCounters.read();
		outstanding.takePeak();
		long start = System.nanoTime();
		zk.set(BenchZooKeeper.PROBE_PATH, value);
		long seen = Poller.until(() -> allHold(started, value), cap);
		if (seen < 0) {
			return false;
		}
		long peak = outstanding.takePeak();
		List<ServerCounters.Counts> after = ServerCounters.read();
		if (measured) {
			sample.peakOutstanding().add((double) peak);
			sample.latencies().add((seen - start) / 1e6);
			sample.received().add((double) (ServerCounters.received(after) - ServerCounters.received(before)));
			sample.sent().add((double) (ServerCounters.sent(after) - ServerCounters.sent(before)));
			List<ServerCounters.Counts> delta = difference(after, before);
			if (sample.byServer().isEmpty()) {
				sample.byServer().addAll(delta);
			}
			else {
				List<ServerCounters.Counts> sum = add(sample.byServer(), delta);
				sample.byServer().clear();
				sample.byServer().addAll(sum);
			}
		}
		return true;
	}

	/**
	 * The measured changes of one number of instances.
	 *
	 * @param latencies until all hold each change, in milliseconds
	 * @param received packets the servers received per change
	 * @param sent packets the servers sent per change
	 * @param byServer per server, the packets over all changes
	 * @param peakOutstanding the most requests the servers held outstanding at once, per
	 * change
	 */
	private record Sample(List<Double> latencies, List<Double> received, List<Double> sent,
			List<ServerCounters.Counts> byServer, List<Double> peakOutstanding) {
	}

	/** Add a sample's figures, their names ending with the suffix. */
	private static Result summary(Result result, String suffix, int instances, long watches, Sample sample,
			int changes) {
		int done = sample.latencies().size();
		result.put("changes" + suffix, done)
			.put("capped" + suffix, done < changes)
			.put("watches" + suffix, watches)
			.put("watchesPerInstance" + suffix, (double) watches / instances);
		if (done == 0) {
			return result;
		}
		result.put("p50AllMs" + suffix, Stats.median(sample.latencies()))
			.put("p99AllMs" + suffix, Stats.percentile(sample.latencies(), 99))
			.put("receivedPerInstance" + suffix, Stats.median(sample.received()) / instances)
			.put("sentPerInstance" + suffix, Stats.median(sample.sent()) / instances)
			.put("peakOutstanding" + suffix, Stats.median(sample.peakOutstanding()))
			.put("latenciesMs" + suffix, Stats.join(sample.latencies()));
		StringBuilder shares = new StringBuilder();
		long total = ServerCounters.received(sample.byServer());
		for (ServerCounters.Counts server : sample.byServer()) {
			shares.append((shares.length() > 0) ? ";" : "")
				.append(server.server().replace(" ", "").replace("(", "-").replace(")", "").toLowerCase(Locale.ROOT))
				.append(':')
				.append(Math.round(100.0 * server.received() / Math.max(total, 1)));
		}
		return result.put("receivedShareByServer" + suffix, shares.toString());
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

	private static List<ServerCounters.Counts> add(List<ServerCounters.Counts> sum, List<ServerCounters.Counts> delta) {
		List<ServerCounters.Counts> total = new ArrayList<>();
		for (int i = 0; i < sum.size(); i++) {
			ServerCounters.Counts a = sum.get(i);
			ServerCounters.Counts b = delta.get(i);
			total.add(new ServerCounters.Counts(a.server(), a.received() + b.received(), a.sent() + b.sent(),
					b.watches()));
		}
		return total;
	}

	private static List<FanOutInstance> open(Contender contender, BenchZooKeeper zk, int instances) throws Exception {
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

	/**
	 * Close the instances a few at a time, as closing a session waits for the server's
	 * answer.
	 */
	private static void close(List<FanOutInstance> instances) throws Exception {
		ExecutorService closers = Executors.newFixedThreadPool(STARTERS);
		try {
			List<Future<?>> closed = new ArrayList<>();
			for (FanOutInstance instance : instances) {
				closed.add(closers.submit(() -> {
					instance.close();
					return null;
				}));
			}
			for (Future<?> future : closed) {
				future.get();
			}
		}
		finally {
			closers.shutdownNow();
		}
	}

}
