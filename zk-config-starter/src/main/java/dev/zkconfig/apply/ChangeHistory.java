package dev.zkconfig.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import dev.zkconfig.snapshot.ConfigChange;

/**
 * The most recent changes applied to the application, each with when, how long the
 * refresh took and the beans it touched.
 */
public class ChangeHistory implements ChangeListener {

	private static final int SIZE = 100;

	private final Deque<Entry> entries = new ArrayDeque<>();

	@Override
	public synchronized void applied(AppliedChanges applied) {
		for (ConfigChange change : applied.changes()) {
			this.entries.addFirst(new Entry(change, applied.appliedAt(), applied.duration(), applied.beans()));
			if (this.entries.size() > SIZE) {
				this.entries.removeLast();
			}
		}
	}

	/**
	 * Return the most recent changes.
	 * @return up to the last 100 changes, newest first
	 */
	public synchronized List<Entry> getRecent() {
		return List.copyOf(this.entries);
	}

	/**
	 * One applied change.
	 *
	 * @param change the change
	 * @param appliedAt when it was applied
	 * @param refreshDuration how long the refresh that applied it took
	 * @param beans the beans that refresh touched
	 */
	public record Entry(ConfigChange change, Instant appliedAt, Duration refreshDuration, Set<String> beans) {
	}

}
