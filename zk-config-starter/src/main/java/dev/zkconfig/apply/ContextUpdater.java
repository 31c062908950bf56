package dev.zkconfig.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.zkconfig.guard.ConfigGuard;
import dev.zkconfig.guard.Rejection;
import dev.zkconfig.snapshot.Candidate;
import dev.zkconfig.snapshot.ConfigChange;
import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.snapshot.TreeChanges;
import dev.zkconfig.snapshot.ZNodeProblem;

/**
 * Brings one context's accepted snapshot up to date with its znodes: takes the settled
 * changes, builds a candidate, has it checked, and accepts it whole or rejects it whole.
 * <p>
 * When changes of several ZooKeeper transactions arrive together and are rejected
 * together, each transaction is tried on its own, in order, so that a good write is not
 * held back by a bad one. The znodes of a rejected change are tried again, together, when
 * any of them changes again.
 */
final class ContextUpdater {

	private final ConfigContext context;

	private final ConfigGuard guard;

	private final RejectionReporter reporter;

	private final List<Set<String>> rejectedGroups = new ArrayList<>();

	private boolean contextProblem;

	/**
	 * Create an updater.
	 * @param context the context
	 * @param guard checks candidates against the beans, {@code null} to accept every
	 * readable candidate
	 * @param reporter reports rejected changes
	 * @param rejectedPaths znodes whose changes were rejected before, such as at startup
	 */
	ContextUpdater(ConfigContext context, ConfigGuard guard, RejectionReporter reporter, Set<String> rejectedPaths) {
		this.context = context;
		this.guard = guard;
		this.reporter = reporter;
		if (!rejectedPaths.isEmpty()) {
			this.rejectedGroups.add(new HashSet<>(rejectedPaths));
		}
	}

	/**
	 * Take the context's changes, if it has settled ones, and accept what can be.
	 * @return the accepted changes
	 */
	List<ConfigChange> update() {
		Set<String> rejectedPaths = new HashSet<>();
		this.rejectedGroups.forEach(rejectedPaths::addAll);
		TreeChanges changes = this.context.getTree()
			.takeSettled((view) -> this.context.getBuilder().extract(view, rejectedPaths));
		if (changes == null) {
			return List.of();
		}
		Map<Long, Set<String>> transactions = new TreeMap<>();
		changes.paths()
			.forEach((path, zxid) -> transactions.computeIfAbsent(zxid, (key) -> new LinkedHashSet<>()).add(path));
		if (changes.problem() != null) {
			return contextUnreadable(changes, transactions);
		}
		if (this.contextProblem) {
			this.contextProblem = false;
			this.reporter.resolved(Set.of(this.context.getContextPath()));
		}
		if (transactions.isEmpty()) {
			return List.of();
		}
		Set<String> all = new LinkedHashSet<>();
		transactions.values().forEach(all::addAll);
		List<Set<String>> groupsBefore = List.copyOf(this.rejectedGroups);
		Set<String> paths = withRejectedGroups(all);
		Candidate candidate = this.context.getBuilder().build(this.context.getAccepted(), changes, paths);
		List<Rejection> rejections = judge(candidate);
		if (rejections.isEmpty()) {
			return accept(candidate);
		}
		if (transactions.size() == 1) {
			reject(paths, rejections);
			return List.of();
		}
		this.rejectedGroups.clear();
		this.rejectedGroups.addAll(groupsBefore);
		List<ConfigChange> accepted = new ArrayList<>();
		for (Set<String> transaction : transactions.values()) {
			accepted.addAll(updateOne(changes, transaction));
		}
		return accepted;
	}

	private List<ConfigChange> updateOne(TreeChanges changes, Set<String> transaction) {
		Set<String> paths = withRejectedGroups(transaction);
		Candidate candidate = this.context.getBuilder().build(this.context.getAccepted(), changes, paths);
		List<Rejection> rejections = judge(candidate);
		if (rejections.isEmpty()) {
			return accept(candidate);
		}
		reject(paths, rejections);
		return List.of();
	}

	private List<ConfigChange> contextUnreadable(TreeChanges changes, Map<Long, Set<String>> transactions) {
		Set<String> paths = new LinkedHashSet<>();
		transactions.values().forEach(paths::addAll);
		if (!paths.isEmpty()) {
			this.rejectedGroups.add(withRejectedGroups(paths));
		}
		if (!this.contextProblem) {
			this.contextProblem = true;
			this.reporter.rejected(this.context, List.of(new Rejection(this.context.getContextPath(), null,
					this.context.getContextPath(), null, changes.problem(), changes.zxid(), Instant.now())));
		}
		return List.of();
	}

	/** The paths, with every rejected group that shares a znode with them, which is then no longer pending. */
	private Set<String> withRejectedGroups(Set<String> paths) {
		Set<String> merged = new LinkedHashSet<>(paths);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Iterator<Set<String>> groups = this.rejectedGroups.iterator(); groups.hasNext();) {
				Set<String> group = groups.next();
				if (group.stream().anyMatch(merged::contains)) {
					merged.addAll(group);
					groups.remove();
					grew = true;
				}
			}
		}
		return merged;
	}

	private List<Rejection> judge(Candidate candidate) {
		if (!candidate.problems().isEmpty()) {
			List<Rejection> rejections = new ArrayList<>();
			for (ZNodeProblem problem : candidate.problems()) {
				rejections.add(new Rejection(this.context.getContextPath(), problem.key(), problem.path(), null,
						problem.reason(), candidate.snapshot().getZxid(), Instant.now()));
			}
			return rejections;
		}
		return (this.guard != null) ? this.guard.check(this.context, candidate) : List.of();
	}

	private List<ConfigChange> accept(Candidate candidate) {
		this.context.accept(candidate);
		this.reporter.resolved(candidate.paths());
		return candidate.changes();
	}

	private void reject(Set<String> paths, List<Rejection> rejections) {
		this.rejectedGroups.add(paths);
		this.reporter.rejected(this.context, rejections);
	}

}
