package dev.zkconfig.apply;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The znodes of a context's rejected changes, one group per change. A group is tried
 * again, whole, with any later change to one of its znodes, their parents or their
 * children. A group may wait before its rejection is reported, for the change that makes
 * it whole (children for a parent that was created first).
 */
final class RejectedChanges {

	private final List<Group> groups = new ArrayList<>();

	/**
	 * Return the znodes of every group.
	 * @return the paths
	 */
	Set<String> paths() {
		Set<String> paths = new LinkedHashSet<>();
		this.groups.forEach((group) -> paths.addAll(group.paths()));
		return paths;
	}

	/**
	 * Add a rejected change.
	 * @param paths its znodes
	 * @param reportAt when its rejection is to be reported, in {@link System#nanoTime()}
	 * terms, or {@code 0} if it was reported
	 */
	void add(Set<String> paths, long reportAt) {
		this.groups.add(new Group(Set.copyOf(paths), reportAt));
	}

	/**
	 * Take the groups related to the given znodes out, and return all their znodes with
	 * the given ones.
	 * @param paths changed znodes
	 * @return the znodes to try together
	 */
	Set<String> takeRelated(Set<String> paths) {
		Set<String> merged = new LinkedHashSet<>(paths);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Iterator<Group> iterator = this.groups.iterator(); iterator.hasNext();) {
				Group group = iterator.next();
				if (group.paths().stream().anyMatch((path) -> related(path, merged))) {
					merged.addAll(group.paths());
					iterator.remove();
					grew = true;
				}
			}
		}
		return merged;
	}

	/**
	 * Take the groups whose rejection is due to be reported.
	 * @param now the time, in {@link System#nanoTime()} terms
	 * @return their znodes, one set per group
	 */
	List<Set<String>> takeDue(long now) {
		List<Set<String>> due = new ArrayList<>();
		for (Iterator<Group> iterator = this.groups.iterator(); iterator.hasNext();) {
			Group group = iterator.next();
			if (group.reportAt() != 0 && group.reportAt() - now <= 0) {
				due.add(group.paths());
				iterator.remove();
			}
		}
		return due;
	}

	/**
	 * Whether a group's rejection has been reported: it stands until a later change is
	 * accepted.
	 * @return {@code true} if one has
	 */
	boolean hasStanding() {
		for (Group group : this.groups) {
			if (group.reportAt() == 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Take the groups whose rejection has been reported.
	 * @return their znodes, one set per group
	 */
	List<Set<String>> takeStanding() {
		List<Set<String>> standing = new ArrayList<>();
		for (Iterator<Group> iterator = this.groups.iterator(); iterator.hasNext();) {
			Group group = iterator.next();
			if (group.reportAt() == 0) {
				standing.add(group.paths());
				iterator.remove();
			}
		}
		return standing;
	}

	/**
	 * Return when the next waiting rejection is due to be reported.
	 * @return the time in {@link System#nanoTime()} terms, or {@code 0} if none waits
	 */
	long nextReportAt() {
		long next = 0;
		for (Group group : this.groups) {
			if (group.reportAt() != 0 && (next == 0 || group.reportAt() - next < 0)) {
				next = group.reportAt();
			}
		}
		return next;
	}

	List<Group> save() {
		return List.copyOf(this.groups);
	}

	void restore(List<Group> saved) {
		this.groups.clear();
		this.groups.addAll(saved);
	}

	private static boolean related(String path, Set<String> paths) {
		for (String other : paths) {
			if (path.equals(other) || path.startsWith(other + "/") || other.startsWith(path + "/")) {
				return true;
			}
		}
		return false;
	}

	record Group(Set<String> paths, long reportAt) {
	}

}
