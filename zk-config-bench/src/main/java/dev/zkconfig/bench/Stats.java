package dev.zkconfig.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Order statistics of measured samples.
 */
final class Stats {

	private Stats() {
	}

	static double median(List<Double> samples) {
		return percentile(samples, 50);
	}

	/** Nearest-rank percentile. */
	static double percentile(List<Double> samples, double percent) {
		double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100 * sorted.length);
		return sorted[Math.max(rank, 1) - 1];
	}

	static double mean(List<Double> samples) {
		return samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

}
