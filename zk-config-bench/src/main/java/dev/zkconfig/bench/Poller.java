package dev.zkconfig.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Polls a condition with short parks: fine-grained enough for millisecond latencies,
 * without a spinning thread taking a core from the two the benchmark runs on.
 */
final class Poller {

	private static final long PARK_NANOS = 10_000;

	private Poller() {
	}

	/**
	 * Poll until the condition holds.
	 * @return the {@link System#nanoTime()} at which it was seen to hold, or -1 after the
	 * cap
	 */
	static long until(BooleanSupplier condition, Duration cap) {
		long deadline = System.nanoTime() + cap.toNanos();
		while (true) {
			if (condition.getAsBoolean()) {
				return System.nanoTime();
			}
			if (System.nanoTime() > deadline) {
				return -1;
			}
			LockSupport.parkNanos(PARK_NANOS);
		}
	}

}
