package dev.zkconfig.zookeeper;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full read's operations are split into multi-requests by count and by the weight of
 * their replies, in order, and none is left out.
 */
class MultiBatchesTests {

	@Test
	void aBatchEndsBeforeItsWeightWouldExceedTheBudget() {
		List<List<Integer>> batches = MultiBatches.of(List.of(40, 50, 20, 30, 60, 10), 100, Integer::intValue);
		assertThat(batches).containsExactly(List.of(40, 50), List.of(20, 30), List.of(60, 10));
	}

	@Test
	void anItemHeavierThanTheBudgetGetsABatchOfItsOwn() {
		List<List<Integer>> batches = MultiBatches.of(List.of(10, 500, 20), 100, Integer::intValue);
		assertThat(batches).containsExactly(List.of(10), List.of(500), List.of(20));
	}

	@Test
	void aBatchHoldsAtMostTheMostOperationsOfOneMultiRequest() {
		List<Integer> items = IntStream.range(0, 2 * MultiBatches.MAX_OPERATIONS + 1).boxed().toList();
		List<List<Integer>> batches = MultiBatches.of(items, Integer.MAX_VALUE, (item) -> 1);
		assertThat(batches).extracting(List::size)
			.containsExactly(MultiBatches.MAX_OPERATIONS, MultiBatches.MAX_OPERATIONS, 1);
		assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(items);
	}

	@Test
	void noItemsMakeNoBatch() {
		assertThat(MultiBatches.of(List.<Integer>of(), 100, Integer::intValue)).isEmpty();
	}

}
