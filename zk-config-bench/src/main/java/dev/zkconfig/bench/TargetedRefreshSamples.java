package dev.zkconfig.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The measured changes of the targeted-refresh scenario
 * ({@link TargetedRefreshScenario}): latency, CPU and reader constructions of each change
 * of the bean's key and of the {@code @Value} field's, and the result they make, for one
 * JVM or pooled over several.
 */
final class TargetedRefreshSamples {

	private final OfKey bean = new OfKey();

	private final OfKey value = new OfKey();

	/** The changes of the {@code @RefreshScope} bean's key. */
	OfKey bean() {
		return this.bean;
	}

	/** The changes of the {@code @Value} field's key. */
	OfKey value() {
		return this.value;
	}

	/**
	 * Return the result: the figures of each key, with the samples they come from; none
	 * for the field's key where it was not changed (the stock starter).
	 * @param keys the size of the benchmark tree
	 */
	Result toResult(int keys) {
		Result result = new Result().put("keys", keys)
			.put("readers", TargetedRefreshApplication.READERS)
			.put("valueFields", TargetedRefreshApplication.VALUE_FIELDS);
		this.bean.addTo(result, "bean");
		if (!this.value.latencies.isEmpty()) {
			this.value.addTo(result, "value");
		}
		return result;
	}

	/**
	 * Pool the samples of several forks (JVMs) of the same contender into one result, so
	 * that the figures do not hang on one JVM's compilation and scheduling luck.
	 */
	static Result pool(List<Result> forks) {
		TargetedRefreshSamples pooled = new TargetedRefreshSamples();
		for (Result fork : forks) {
			pooled.bean.addFrom(fork, "bean");
			pooled.value.addFrom(fork, "value");
		}
		return pooled.toResult((int) forks.get(0).number("keys")).put("forks", forks.size());
	}

	/** Latency, CPU and reader constructions of the measured changes of one key. */
	static final class OfKey {

		private final List<Double> latencies = new ArrayList<>();

		private final List<Double> cpu = new ArrayList<>();

		private final List<Double> constructions = new ArrayList<>();

		/** Add one measured change. */
		void add(double latencyMillis, double cpuMillis, long constructions) {
			this.latencies.add(latencyMillis);
			this.cpu.add(cpuMillis);
			this.constructions.add((double) constructions);
		}

		private void addTo(Result result, String prefix) {
			result.put(prefix + "Changes", this.latencies.size())
				.put(prefix + "P50Ms", Stats.median(this.latencies))
				.put(prefix + "P95Ms", Stats.percentile(this.latencies, 95))
				.put(prefix + "CpuPerChangeMs", Stats.median(this.cpu))
				.put(prefix + "ConstructionsPerChange", Stats.median(this.constructions))
				.put(prefix + "LatenciesMs", Stats.join(this.latencies))
				.put(prefix + "CpuMs", Stats.join(this.cpu))
				.put(prefix + "Constructions", Stats.join(this.constructions));
		}

		/** Add the samples a fork's result holds under the prefix, if any. */
		private void addFrom(Result result, String prefix) {
			if (result.get(prefix + "LatenciesMs") == null) {
				return;
			}
			this.latencies.addAll(Stats.split(result.get(prefix + "LatenciesMs")));
			this.cpu.addAll(Stats.split(result.get(prefix + "CpuMs")));
			this.constructions.addAll(Stats.split(result.get(prefix + "Constructions")));
		}

	}

}
