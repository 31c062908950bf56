package dev.zkconfig.support;

import java.time.Duration;

/**
 * Writes durations as people write them in messages: {@code 1 second},
 * {@code 30 seconds}, {@code 500 ms}, {@code 2 minutes}.
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

	/**
	 * Describe an age roughly, in its largest whole unit: {@code 3 hours},
	 * {@code 2 days}, {@code 45 seconds}.
	 * @param age the age
	 * @return the description
	 */
	public static String describeAge(Duration age) {
		if (age.toDays() > 0) {
			return plural(age.toDays(), "day");
		}
		if (age.toHours() > 0) {
			return plural(age.toHours(), "hour");
		}
		if (age.toMinutes() > 0) {
			return plural(age.toMinutes(), "minute");
		}
		return plural(Math.max(0, age.toSeconds()), "second");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

}
