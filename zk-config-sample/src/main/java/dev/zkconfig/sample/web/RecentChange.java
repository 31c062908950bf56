package dev.zkconfig.sample.web;

import java.time.Instant;

import dev.zkconfig.snapshot.ConfigChange;
import org.jspecify.annotations.Nullable;

/**
 * One applied change as the page shows it, values of secret-looking keys masked.
 *
 * @param key the property key
 * @param oldValue the value before, {@code null} if the key was added
 * @param newValue the value after, {@code null} if the key was deleted
 * @param context the ZooKeeper context that changed
 * @param time when the change was applied, ISO-8601
 */
public record RecentChange(String key, @Nullable String oldValue, @Nullable String newValue, String context,
		String time) {

	static RecentChange of(ConfigChange change, Instant time) {
		return new RecentChange(change.key(), change.sanitizedOldValue(), change.sanitizedNewValue(), change.context(),
				time.toString());
	}

}
