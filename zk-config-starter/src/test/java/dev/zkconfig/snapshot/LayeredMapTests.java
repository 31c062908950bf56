package dev.zkconfig.snapshot;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A layered map behaves as a plain map through any number of snapshots built one on the
 * other, and never changes the snapshots it was built on.
 */
class LayeredMapTests {

	@Test
	void putsAndRemovesOnTopOfABaseWithoutTouchingIt() {
		Map<String, String> base = new HashMap<>(Map.of("a", "1", "b", "2"));
		LayeredMap map = LayeredMap.on(base);
		map.put("a", "changed");
		map.put("c", "3");
		map.remove("b");
		map.remove("missing");
		assertThat(map).containsExactlyInAnyOrderEntriesOf(Map.of("a", "changed", "c", "3"));
		assertThat(map).hasSize(2).containsKey("c").doesNotContainKey("b");
		assertThat(map.get("b")).isNull();
		assertThat(base).containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "2"));
	}

	@Test
	void aKeyRemovedAndPutBackIsThereOnce() {
		LayeredMap map = LayeredMap.on(new HashMap<>(Map.of("a", "1")));
		map.remove("a");
		map.put("a", "2");
		map.put("new", "x");
		map.remove("new");
		assertThat(map).containsExactlyEntriesOf(Map.of("a", "2"));
	}

	@Test
	void thousandsOfSnapshotsEachOnThePreviousAgreeWithPlainMaps() {
		Random random = new Random(42);
		Map<String, String> expected = new HashMap<>();
		for (int i = 0; i < 2_000; i++) {
			expected.put("key" + i, "v" + i);
		}
		Map<String, String> previous = new HashMap<>(expected);
		Map<String, String> previousExpected = Map.copyOf(expected);
		for (int round = 0; round < 3_000; round++) {
			LayeredMap map = LayeredMap.on(previous);
			for (int change = 0; change < 1 + random.nextInt(3); change++) {
				String key = "key" + random.nextInt(2_500);
				if (random.nextInt(4) == 0) {
					assertThat(map.remove(key)).isEqualTo(expected.remove(key));
				}
				else {
					String value = "r" + round;
					assertThat(map.put(key, value)).isEqualTo(expected.put(key, value));
				}
			}
			assertThat(previous).isEqualTo(previousExpected);
			if (round % 100 == 0) {
				assertThat(map).isEqualTo(expected);
				assertThat(new HashMap<>(map)).isEqualTo(expected);
			}
			assertThat(map).hasSameSizeAs(expected);
			previous = (round % 2 == 0) ? map : LayeredMap.settled(map);
			previousExpected = Map.copyOf(expected);
		}
		assertThat(previous).isEqualTo(expected);
	}

	@Test
	void aMapDoneChangingKeepsASmallLayerAndFoldsALargeOneIntoACompactCopy() {
		Map<String, String> base = new HashMap<>();
		for (int i = 0; i < 10_000; i++) {
			base.put("key" + i, "v" + i);
		}
		LayeredMap small = LayeredMap.on(base);
		small.put("key1", "changed");
		assertThat(LayeredMap.settled(small)).isSameAs(small);

		LayeredMap large = LayeredMap.on(base);
		Map<String, String> expected = new HashMap<>(base);
		for (int i = 0; i < 1_000; i++) {
			large.put("key" + i, "changed" + i);
			expected.put("key" + i, "changed" + i);
		}
		large.remove("key9999");
		expected.remove("key9999");
		Map<String, String> settled = LayeredMap.settled(large);
		assertThat(settled).isNotInstanceOf(LayeredMap.class).isEqualTo(expected);
		assertThat(base).hasSize(10_000).containsEntry("key1", "v1");

		LayeredMap first = LayeredMap.on(Map.of());
		base.forEach(first::put);
		assertThat(LayeredMap.settled(first)).isNotInstanceOf(LayeredMap.class).isEqualTo(base);
	}

}
