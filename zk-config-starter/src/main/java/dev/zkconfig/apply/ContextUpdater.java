package dev.zkconfig.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import dev.zkconfig.guard.ConfigGuard;
import dev.zkconfig.guard.Rejection;
import dev.zkconfig.snapshot.Candidate;
import dev.zkconfig.snapshot.ConfigChange;
import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.snapshot.ConfigSnapshot;
import dev.zkconfig.snapshot.DocumentParser;
import dev.zkconfig.snapshot.TreeChanges;
import dev.zkconfig.snapshot.ZNodeProblem;
import org.jspecify.annotations.Nullable;

/**
 * Brings one context's accepted snapshot up to date with its znodes: takes the settled
 * changes, builds a candidate, has it checked, and accepts it whole or rejects it whole.
 * <p>
 * When changes of several ZooKeeper transactions arrive together and are rejected
 * together, each transaction is tried on its own, in order, so that a good write is not
 * held back by a bad one. The znodes of a rejected change are tried again, together, with
 * any later change to them, their parents or their children. A rejection caused while a
 * new empty znode gives its key the empty string (a parent created before its children,
 * or left by its last child) is reported only if no change makes it whole within the
 * grace period.
 */
final class ContextUpdater {

	private final ConfigContext context;

	private final @Nullable ConfigGuard guard;

	private final RejectionReporter reporter;

	private final long emptyZNodeGraceNanos;

	private final RejectedChanges rejected = new RejectedChanges();

	private boolean contextProblem;

	/**
	 * Whether the snapshot was not built from the tree, so that the next candidate is
	 * built from all of it.
	 */
	private boolean rebasePending;

	/**
	 * Create an updater.
	 * @param context the context
	 * @param guard checks candidates against the beans, {@code null} to accept every
	 * readable candidate
	 * @param reporter reports rejected changes
	 * @param emptyZNodeGrace how long a rejection caused while a new empty znode gives
	 * its key the empty string waits before it is reported
	 * @param rejectedPaths znodes whose changes were rejected before, such as at startup
	 */
	ContextUpdater(ConfigContext context, @Nullable ConfigGuard guard, RejectionReporter reporter,
			Duration emptyZNodeGrace, Set<String> rejectedPaths) {
		this.context = context;
		this.guard = guard;
		this.reporter = reporter;
		this.emptyZNodeGraceNanos = emptyZNodeGrace.toNanos();
		if (!rejectedPaths.isEmpty()) {
			this.rejected.add(rejectedPaths, 0);
		}
	}

	/**
	 * Return when a waiting rejection is due to be reported, so that the context is
	 * updated again then.
	 * @return the time in {@link System#nanoTime()} terms, or {@code 0} if none waits
	 */
	long nextReportAt() {
		return this.rejected.nextReportAt();
	}

	/**
	 * Whether a rejected change of this context stands, reported and still in ZooKeeper.
	 * @return {@code true} if one does
	 */
	boolean hasStanding() {
		return this.rejected.hasStanding();
	}

	/**
	 * Take the context's changes, if it has settled ones, and accept what can be.
	 * @return the accepted candidates that changed something
	 */
	List<Candidate> update() {
		return update(false);
	}

	/**
	 * Take the context's changes, if it has settled ones, and accept what can be; then,
	 * if asked to, try each standing rejected change again on its own, as what it
	 * conflicted with may have changed since (a key its value needed, or a key whose
	 * value referred to it). One that is still rejected stands, and is not reported
	 * again.
	 * @param retryStanding whether to try the standing rejected changes again
	 * @return the accepted candidates that changed something
	 */
	List<Candidate> update(boolean retryStanding) {
		Set<String> rejectedPaths = this.rejected.paths();
		TreeChanges changes = this.context.getTree()
			.takeSettled((view) -> this.context.getBuilder()
				.extract(view, this.rebasePending ? view.paths() : rejectedPaths));
		if (changes == null) {
			return List.of();
		}
		if (changes.whole() && this.context.getAccepted().getOrigin() != ConfigSnapshot.Origin.ZOOKEEPER) {
			this.rebasePending = true;
		}
		Map<Long, Set<String>> transactions = new TreeMap<>();
		changes.paths()
			.forEach((path, zxid) -> transactions.computeIfAbsent(zxid, (key) -> new LinkedHashSet<>()).add(path));
		String problem = changes.problem();
		if (problem != null) {
			return contextUnreadable(changes, problem, transactions);
		}
		if (this.contextProblem) {
			this.contextProblem = false;
			this.reporter.resolved(Set.of(this.context.getContextPath()));
		}
		if (this.rebasePending) {
			return rebase(changes);
		}
		List<Candidate> accepted = new ArrayList<>();
		for (Set<String> due : this.rejected.takeDue(System.nanoTime())) {
			accepted.addAll(tryPaths(changes, due, false));
		}
		if (!transactions.isEmpty()) {
			accepted.addAll(tryTransactions(changes, transactions));
		}
		if (retryStanding) {
			accepted.addAll(retryStanding(changes));
		}
		return accepted;
	}

	private List<Candidate> retryStanding(TreeChanges changes) {
		List<Candidate> accepted = new ArrayList<>();
		for (Set<String> paths : this.rejected.takeStanding()) {
			Candidate candidate = this.context.getBuilder().build(this.context.getAccepted(), changes, paths);
			if (judge(candidate).isEmpty()) {
				accepted.addAll(accept(candidate));
			}
			else {
				this.rejected.add(paths, 0);
			}
		}
		return accepted;
	}

	/**
	 * Replace a snapshot that was not built from the tree (a local snapshot served while
	 * ZooKeeper could not be reached) with one built from all of it, accepting exactly
	 * the differences, checked like any change.
	 */
	private List<Candidate> rebase(TreeChanges changes) {
		Candidate candidate = this.context.getBuilder().rebase(this.context.getAccepted(), changes);
		List<Rejection> rejections = judge(candidate);
		if (!rejections.isEmpty()) {
			this.reporter.rejected(this.context, rejections);
			return List.of();
		}
		this.rebasePending = false;
		this.rejected.restore(List.of());
		return accept(candidate);
	}

	/**
	 * Try every transaction together; if that is rejected and there are several, each on
	 * its own.
	 */
	private List<Candidate> tryTransactions(TreeChanges changes, Map<Long, Set<String>> transactions) {
		Set<String> all = new LinkedHashSet<>();
		transactions.values().forEach(all::addAll);
		List<RejectedChanges.Group> before = this.rejected.save();
		Set<String> paths = this.rejected.takeRelated(all);
		Candidate candidate = this.context.getBuilder().build(this.context.getAccepted(), changes, paths);
		List<Rejection> rejections = judge(candidate);
		if (rejections.isEmpty()) {
			return accept(candidate);
		}
		if (transactions.size() == 1) {
			reject(paths, candidate, rejections, true);
			return List.of();
		}
		this.rejected.restore(before);
		List<Candidate> accepted = new ArrayList<>();
		for (Set<String> transaction : transactions.values()) {
			accepted.addAll(tryPaths(changes, this.rejected.takeRelated(transaction), true));
		}
		return accepted;
	}

	private List<Candidate> tryPaths(TreeChanges changes, Set<String> paths, boolean mayWait) {
		Candidate candidate = this.context.getBuilder().build(this.context.getAccepted(), changes, paths);
		List<Rejection> rejections = judge(candidate);
		if (rejections.isEmpty()) {
			return accept(candidate);
		}
		reject(paths, candidate, rejections, mayWait);
		return List.of();
	}

	private List<Candidate> contextUnreadable(TreeChanges changes, String problem,
			Map<Long, Set<String>> transactions) {
		Set<String> paths = new LinkedHashSet<>();
		transactions.values().forEach(paths::addAll);
		if (!paths.isEmpty()) {
			this.rejected.add(this.rejected.takeRelated(paths), 0);
		}
		if (!this.contextProblem) {
			this.contextProblem = true;
			this.reporter.rejected(this.context, List.of(new Rejection(this.context.getContextPath(), null,
					this.context.getContextPath(), null, problem, changes.zxid(), Instant.now())));
		}
		return List.of();
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

	private List<Candidate> accept(Candidate candidate) {
		this.context.accept(candidate);
		this.reporter.resolved(candidate.paths());
		return candidate.hasChanges() ? List.of(candidate) : List.of();
	}

	private void reject(Set<String> paths, Candidate candidate, List<Rejection> rejections, boolean mayWait) {
		if (mayWait && this.emptyZNodeGraceNanos > 0 && addsEmptyKeyZNode(candidate)) {
			this.rejected.add(paths, Math.max(1, System.nanoTime() + this.emptyZNodeGraceNanos));
			return;
		}
		this.rejected.add(paths, 0);
		this.reporter.rejected(this.context, rejections);
	}

	/**
	 * Whether the candidate adds a key whose value is the empty string of an empty key
	 * znode.
	 */
	private boolean addsEmptyKeyZNode(Candidate candidate) {
		ConfigSnapshot snapshot = candidate.snapshot();
		for (ConfigChange change : candidate.changes()) {
			if (change.kind() == ConfigChange.Kind.ADDED && "".equals(change.newValue())) {
				String origin = Objects.requireNonNull(snapshot.getOrigin(change.key()),
						"The candidate has the keys it adds");
				if (!DocumentParser.isDocument(this.context.getContextPath(), origin)) {
					return true;
				}
			}
		}
		return false;
	}

}
