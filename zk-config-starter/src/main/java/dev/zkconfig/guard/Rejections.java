package dev.zkconfig.guard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where rejected configuration changes are recorded: those still standing
 * (ZooKeeper holds data the application does not use) and a bounded history.
 * <p>
 * A rejection stands until a later change of the same znode is accepted.
 */
public final class Rejections {

	private static final int HISTORY = 100;

	private final Map<String, List<Rejection>> standing = new LinkedHashMap<>();

	private final Deque<Rejection> history = new ArrayDeque<>();

	/**
	 * Record the rejections of one change.
	 * @param rejections the rejections
	 */
	public synchronized void record(Collection<Rejection> rejections) {
		for (Rejection rejection : rejections) {
			this.standing.computeIfAbsent(rejection.path(), (path) -> new ArrayList<>()).add(rejection);
			this.history.addFirst(rejection);
			if (this.history.size() > HISTORY) {
				this.history.removeLast();
			}
		}
	}

	/**
	 * Clear the standing rejections of znodes whose latest state has been accepted.
	 * @param paths the znodes
	 * @return the rejections that no longer stand
	 */
	public synchronized List<Rejection> resolved(Set<String> paths) {
		if (this.standing.isEmpty()) {
			return List.of();
		}
		List<Rejection> resolved = new ArrayList<>();
		for (String path : paths) {
			List<Rejection> cleared = this.standing.remove(path);
			if (cleared != null) {
				resolved.addAll(cleared);
			}
		}
		return resolved;
	}

	/**
	 * Return the rejections that still stand: ZooKeeper holds data for them that the
	 * application does not use.
	 * @return the standing rejections, oldest first
	 */
	public synchronized List<Rejection> getStanding() {
		List<Rejection> all = new ArrayList<>();
		this.standing.values().forEach(all::addAll);
		return all;
	}

	/**
	 * Return the most recent rejections, whether they still stand or not.
	 * @return up to the last 100 rejections, newest first
	 */
	public synchronized List<Rejection> getRecent() {
		return List.copyOf(this.history);
	}

}
