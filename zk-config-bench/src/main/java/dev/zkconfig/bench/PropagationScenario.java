package dev.zkconfig.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One key changed while the tree holds {@code keys} keys: the time from just before
 * {@code setData} until the {@code @RefreshScope} bean's getter returns the new value
 * (the floor: until a bare {@code CuratorCache} holds it), the same time counted from the
 * write's acknowledgement instead, and the CPU time the process spent per change, the
 * polling thread left out.
 * <p>
 * The server sends the watch notifications of a write just before its reply to the
 * writer, so the time after the acknowledgement leaves out the server's commit (its log
 * write), which is the same for every contender and the noisiest part of the whole.
 * <p>
 * A measured change comes {@code gapMillis} after the previous one has been applied, so
 * each is isolated. The first {@code warmup} changes are not measured, and follow each
 * other closer ({@link ChangeGap}). The result carries the samples too, so that the runs
 * of several JVMs can be {@link #pool pooled}. The stock starter's startup storm is kept
 * out (see {@link BenchApplication}); it is measured by {@link StartupRefreshScenario}.
 * For zk-config the result says how many beans each change concerns (see
 * {@link ProbeReaders}): exactly one, or the run fails.
 */
final class PropagationScenario {

	private PropagationScenario() {
	}

	static Result run(Contender contender, Params params) throws Exception {
		int keys = params.intValue("keys");
		int warmup = params.intValue("warmup");
		int changes = params.intValue("changes");
		Duration gap = Duration.ofMillis(params.intValue("gapMillis"));
		List<Double> latencies = new ArrayList<>();
		List<Double> afterAck = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		Set<String> concerned = Set.of();
		try (BenchZooKeeper zk = new BenchZooKeeper()) {
			zk.createTree(keys);
			try (Target target = Target.open(contender, zk, keys, true)) {
				target.awaitIdle(Duration.ofMillis(500), Duration.ofSeconds(30));
				Observer observer = target.observer();
				for (int i = 0; i < warmup + changes; i++) {
					String value = "changed-" + i;
					long refreshesBefore = observer.refreshes().getAsLong();
					Cpu cpuTime = Cpu.start();
					long start = System.nanoTime();
					zk.set(BenchZooKeeper.PROBE_PATH, value);
					long acked = System.nanoTime();
					long seen = Poller.until(() -> value.equals(observer.valueOf().apply(BenchApplication.PROBE_KEY)),
							Duration.ofSeconds(60));
					if (seen < 0) {
						throw new IllegalStateException("Change " + i + " was not seen within 60s");
					}
					boolean refreshCounted = contender == Contender.FLOOR || Poller
						.until(() -> observer.refreshes().getAsLong() > refreshesBefore, Duration.ofSeconds(60)) > 0;
					double cpuMillis = cpuTime.othersMillis();
					if (!refreshCounted) {
						throw new IllegalStateException("Change " + i + " caused no refresh");
					}
					if (i >= warmup) {
						latencies.add((seen - start) / 1e6);
						afterAck.add((seen - acked) / 1e6);
						cpu.add(cpuMillis);
					}
					ChangeGap.before(i + 1, warmup, gap);
				}
				if (contender.isZkConfig()) {
					concerned = concernedBeans(target);
				}
			}
		}
		Result result = summary(keys, latencies, afterAck, cpu);
		return contender.isZkConfig() ? result.put("beansConcerned", concerned.size()) : result;
	}

	/**
	 * The beans each change concerns, which the guard checks: exactly one, the
	 * {@code @RefreshScope} probe, or the guard's cost would not be the one its target is
	 * set for.
	 */
	private static Set<String> concernedBeans(Target target) {
		Set<String> beans = ProbeReaders.of(target.context());
		if (beans.size() != 1) {
			throw new IllegalStateException(
					"A change of " + BenchApplication.PROBE_KEY + " should concern exactly one bean, not " + beans);
		}
		return beans;
	}

	/**
	 * Pool the samples of several forks (JVMs) of the same contender into one result, so
	 * the percentiles do not hang on one JVM's compilation and scheduling luck. The
	 * pooled samples are kept, for intervals between contenders.
	 */
	static Result pool(List<Result> forks) {
		List<Double> latencies = new ArrayList<>();
		List<Double> afterAck = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		for (Result fork : forks) {
			latencies.addAll(Stats.split(fork.get("latenciesMs")));
			afterAck.addAll(Stats.split(fork.get("afterAckMs")));
			cpu.addAll(Stats.split(fork.get("cpuMs")));
		}
		Result pooled = summary((int) forks.get(0).number("keys"), latencies, afterAck, cpu).put("forks", forks.size());
		String concerned = forks.get(0).get("beansConcerned");
		return (concerned != null) ? pooled.put("beansConcerned", concerned) : pooled;
	}

	/** The figures, with the samples they come from. */
	private static Result summary(int keys, List<Double> latencies, List<Double> afterAck, List<Double> cpu) {
		return new Result().put("keys", keys)
			.put("changes", latencies.size())
			.put("p50Ms", Stats.median(latencies))
			.put("p95Ms", Stats.percentile(latencies, 95))
			.put("p50AfterAckMs", Stats.median(afterAck))
			.put("cpuPerChangeMs", Stats.median(cpu))
			.put("cpuPerChangeMeanMs", Stats.mean(cpu))
			.put("latenciesMs", Stats.join(latencies))
			.put("afterAckMs", Stats.join(afterAck))
			.put("cpuMs", Stats.join(cpu));
	}

}
