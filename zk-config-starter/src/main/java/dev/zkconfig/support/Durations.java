package dev.zkconfig.support;

import java.time.Duration;

/**
 * Writes durations as people write them in messages: {@code 1 second}, {@code 30 seconds},
 * {@code 500 ms}, {@code 2 minutes}.
 */
public final class Durations {

	private Durations() {
	}

	/**
	 * Describe a duration.
	 * @param duration the duration
	 * @return the description
	 */
	public static String describe(Duration duration) {
		long millis = duration.toMillis();
		if (millis % 60_000 == 0 && millis >= 60_000) {
			return plural(millis / 60_000, "minute");
		}
		if (millis % 1000 == 0 && millis >= 1000) {
			return plural(millis / 1000, "second");
		}
		return millis + " ms";
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

}
