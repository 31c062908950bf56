package dev.zkconfig.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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

	/** Samples as one token, for a {@link Result}. */
	static String join(List<Double> samples) {
		return samples.stream()
			.map((sample) -> String.format(Locale.ROOT, "%.4f", sample))
			.collect(Collectors.joining(","));
	}

	/** The samples of a token made by {@link #join}. */
	static List<Double> split(String samples) {
		return samples.isEmpty() ? List.of() : Arrays.stream(samples.split(",")).map(Double::valueOf).toList();
	}

	static double mean(List<Double> samples) {
		return samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

}
