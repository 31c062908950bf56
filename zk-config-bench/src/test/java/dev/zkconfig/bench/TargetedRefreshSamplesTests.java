package dev.zkconfig.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forks of a contender in the targeted-refresh scenario are pooled: the figures come
 * from the samples of every fork together.
 */
class TargetedRefreshSamplesTests {

	@Test
	void forksArePooledSampleBySample() {
		Result first = fork("1,2,3", "10,10,10", "1,1,1").put("valueLatenciesMs", "5,6")
			.put("valueCpuMs", "20,20")
			.put("valueConstructions", "0,0");
		Result second = fork("4,5,6", "30,30,30", "1,1,1").put("valueLatenciesMs", "7,8")
			.put("valueCpuMs", "40,40")
			.put("valueConstructions", "0,0");
		Result pooled = TargetedRefreshSamples.pool(List.of(first, second));
		assertThat(pooled.number("forks")).isEqualTo(2);
		assertThat(pooled.number("keys")).isEqualTo(100);
		assertThat(pooled.number("beanChanges")).isEqualTo(6);
		assertThat(pooled.number("beanP50Ms")).isEqualTo(3);
		assertThat(pooled.number("beanP95Ms")).isEqualTo(6);
		assertThat(pooled.number("beanCpuPerChangeMs")).isEqualTo(10);
		assertThat(pooled.number("beanConstructionsPerChange")).isEqualTo(1);
		assertThat(pooled.number("valueChanges")).isEqualTo(4);
		assertThat(pooled.number("valueP50Ms")).isEqualTo(6);
		assertThat(pooled.number("valueConstructionsPerChange")).isZero();
	}

	@Test
	void aContenderWithoutValueChangesHasNoValueFigures() {
		Result pooled = TargetedRefreshSamples.pool(List.of(fork("500", "400", "50"), fork("600", "500", "50")));
		assertThat(pooled.number("beanP50Ms")).isEqualTo(500);
		assertThat(pooled.number("beanConstructionsPerChange")).isEqualTo(50);
		assertThat(pooled.get("valueP50Ms")).isNull();
	}

	private static Result fork(String latencies, String cpu, String constructions) {
		return new Result().put("keys", 100)
			.put("beanLatenciesMs", latencies)
			.put("beanCpuMs", cpu)
			.put("beanConstructions", constructions);
	}

}
