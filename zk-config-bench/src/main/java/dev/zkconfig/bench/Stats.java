package dev.zkconfig.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Order statistics of measured samples.
 */
final class Stats {

	private static final int BOOTSTRAP_RESAMPLES = 2_000;

	private static final long BOOTSTRAP_SEED = 8;

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

	/**
	 * A bootstrap interval of the difference between the medians of two sample sets: both
	 * resampled with replacement, with a fixed seed, so that a report can be reproduced
	 * from its samples.
	 * @param first the samples whose median is the minuend
	 * @param second the samples whose median is subtracted
	 * @param percent the coverage of the interval, for example 95
	 * @return the low and the high end of the interval
	 */
	static double[] medianDifferenceInterval(List<Double> first, List<Double> second, double percent) {
		double[] a = first.stream().mapToDouble(Double::doubleValue).toArray();
		double[] b = second.stream().mapToDouble(Double::doubleValue).toArray();
		Random random = new Random(BOOTSTRAP_SEED);
		double[] differences = new double[BOOTSTRAP_RESAMPLES];
		for (int i = 0; i < differences.length; i++) {
			differences[i] = resampledMedian(a, random) - resampledMedian(b, random);
		}
		Arrays.sort(differences);
		double tail = (100 - percent) / 2 / 100;
		int low = (int) Math.floor(tail * (differences.length - 1));
		int high = (int) Math.ceil((1 - tail) * (differences.length - 1));
		return new double[] { differences[low], differences[high] };
	}

	private static double resampledMedian(double[] samples, Random random) {
		double[] resampled = new double[samples.length];
		for (int i = 0; i < resampled.length; i++) {
			resampled[i] = samples[random.nextInt(samples.length)];
		}
		Arrays.sort(resampled);
		return resampled[Math.max((int) Math.ceil(0.5 * resampled.length), 1) - 1];
	}

	static double mean(List<Double> samples) {
		return samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

}
