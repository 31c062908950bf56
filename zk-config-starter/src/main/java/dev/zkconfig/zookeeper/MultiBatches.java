package dev.zkconfig.zookeeper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits the operations of a {@link FullRead} into multi-requests that ZooKeeper takes in
 * one packet: at most {@link #MAX_OPERATIONS} operations each, whose weights (the bytes
 * or children a reply is expected to carry) add up to at most a budget.
 */
final class MultiBatches {

	/** Most operations in one multi-request. */
	static final int MAX_OPERATIONS = 100;

	private MultiBatches() {
	}

	/**
	 * Split items into batches, in order; an item heavier than the budget gets a batch of
	 * its own.
	 * @param <T> the type of the items
	 * @param items the items
	 * @param budget the most weight in one batch
	 * @param weight the weight of an item
	 * @return the batches, none for no items
	 */
	static <T> List<List<T>> of(List<T> items, int budget, ToIntFunction<T> weight) {
		List<List<T>> batches = new ArrayList<>();
		List<T> current = new ArrayList<>();
		long used = 0;
		for (T item : items) {
			int itemWeight = weight.applyAsInt(item);
			if (!current.isEmpty() && (current.size() == MAX_OPERATIONS || used + itemWeight > budget)) {
				batches.add(current);
				current = new ArrayList<>();
				used = 0;
			}
			current.add(item);
			used += itemWeight;
		}
		if (!current.isEmpty()) {
			batches.add(current);
		}
		return batches;
	}

}
