package dev.zkconfig.bench;

import java.time.Duration;

/**
 * The pause after a change in the scenarios that time changes one at a time: the
 * scenario's gap before a measured change, so that each meets an idle application, and a
 * short pause between warm-up changes, which only have to run (each is complete, seen and
 * refreshed, when the pause starts).
 */
final class ChangeGap {

	/** The pause before a warm-up change. */
	static final Duration WARMUP = Duration.ofMillis(10);

	private ChangeGap() {
	}

	/**
	 * Pause before the next change.
	 * @param next the index of the next change, counting the warm-up changes
	 * @param warmup the number of warm-up changes, which come first
	 * @param gap the pause before a measured change
	 * @throws InterruptedException if interrupted
	 */
	static void before(int next, int warmup, Duration gap) throws InterruptedException {
		Thread.sleep(((next >= warmup) ? gap : WARMUP).toMillis());
	}

}
