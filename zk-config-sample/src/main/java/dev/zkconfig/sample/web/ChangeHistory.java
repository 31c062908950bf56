package dev.zkconfig.sample.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import dev.zkconfig.event.ZkConfigChangeEvent;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Remembers the latest applied changes, newest first, already masked.
 */
@Component
public class ChangeHistory {

	static final int CAPACITY = 100;

	private final Deque<RecentChange> changes = new ArrayDeque<>();

	private final Clock clock = Clock.systemUTC();

	// before the broadcaster, which sends the history along
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onChange(ZkConfigChangeEvent event) {
		Instant now = this.clock.instant();
		List<RecentChange> recent = event.getChanges().stream().map((change) -> RecentChange.of(change, now)).toList();
		synchronized (this.changes) {
			recent.forEach(this.changes::addFirst);
			while (this.changes.size() > CAPACITY) {
				this.changes.removeLast();
			}
		}
	}

	/**
	 * Return the latest changes, newest first.
	 * @param limit the maximum number of changes
	 * @return the changes
	 */
	public List<RecentChange> latest(int limit) {
		synchronized (this.changes) {
			return this.changes.stream().limit(Math.max(limit, 0)).toList();
		}
	}

}
