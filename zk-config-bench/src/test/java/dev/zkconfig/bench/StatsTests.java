package dev.zkconfig.bench;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Stats}.
 */
class StatsTests {

	@Test
	void medianDifferenceIntervalHoldsTheShiftBetweenTwoSampleSets() {
		List<Double> base = new ArrayList<>();
		List<Double> shifted = new ArrayList<>();
		for (int i = 0; i < 90; i++) {
			double sample = 3 + (i * 37 % 90) / 10.0;
			base.add(sample);
			shifted.add(sample + 1);
		}
		double[] interval = Stats.medianDifferenceInterval(shifted, base, 95);
		assertThat(interval[0]).isLessThanOrEqualTo(1).isGreaterThan(-1);
		assertThat(interval[1]).isGreaterThanOrEqualTo(1).isLessThan(3);
		assertThat(Stats.medianDifferenceInterval(shifted, base, 95)).containsExactly(interval);
	}

	@Test
	void medianDifferenceIntervalOfIdenticalSetsSpansZero() {
		List<Double> samples = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
		double[] interval = Stats.medianDifferenceInterval(samples, samples, 95);
		assertThat(interval[0]).isNegative();
		assertThat(interval[1]).isPositive();
	}

}
