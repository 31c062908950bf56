package dev.zkconfig.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.zkconfig.guard.ConfigGuard;
import dev.zkconfig.guard.Rejection;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.snapshot.Candidate;
import dev.zkconfig.snapshot.ConfigChange;
import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.support.Failures;
import dev.zkconfig.support.SecretValues;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Runs one round of the {@link ChangePipeline}: each context whose znodes changed accepts
 * or rejects its candidates ({@link ContextUpdater}); once something is accepted, the
 * contexts with standing rejected changes try them again; then the {@link ApplyStep}s
 * update the beans from what was accepted and the {@link ChangeListener}s are told.
 */
final class RoundRunner {

	/**
	 * The category of the pipeline's log, which users know: the rounds it runs log under
	 * it.
	 */
	private static final Log logger = LogFactory.getLog(ChangePipeline.class);

	private final @Nullable ConfigGuard guard;

	private final Rejections rejections;

	private final RejectionReporter reporter;

	private final List<ApplyStep> steps;

	private final List<ChangeListener> listeners;

	private final EffectiveChanges effective;

	private final Duration emptyZNodeGrace;

	private final Map<ConfigContext, ContextUpdater> updaters = new ConcurrentHashMap<>();

	private final AtomicLong appliedRounds = new AtomicLong();

	private SecretValues secrets = SecretValues.DEFAULTS;

	RoundRunner(@Nullable ConfigGuard guard, Rejections rejections, RejectionReporter reporter, List<ApplyStep> steps,
			List<ChangeListener> listeners, EffectiveChanges effective, Duration emptyZNodeGrace) {
		this.guard = guard;
		this.rejections = rejections;
		this.reporter = reporter;
		this.steps = List.copyOf(steps);
		this.listeners = List.copyOf(listeners);
		this.effective = effective;
		this.emptyZNodeGrace = emptyZNodeGrace;
	}

	void setSecretValues(SecretValues secrets) {
		this.secrets = secrets;
	}

	long getAppliedRounds() {
		return this.appliedRounds.get();
	}

	/**
	 * Run a round.
	 * @param round the contexts whose znodes changed, or whose waiting rejection is due
	 * @param reports told, for each context, when its next waiting rejection is due to be
	 * reported
	 */
	void run(List<ConfigContext> round, ReportSchedule reports) {
		List<Candidate> candidates = new ArrayList<>();
		for (ConfigContext context : round) {
			ContextUpdater updater = this.updaters.computeIfAbsent(context, this::newUpdater);
			candidates.addAll(updater.update());
			reports.reportAt(context, updater.nextReportAt());
		}
		// what was accepted may let a standing rejected change through, in any context
		int tried = 0;
		while (candidates.size() > tried) {
			tried = candidates.size();
			this.updaters.forEach((context, updater) -> {
				if (updater.hasStanding()) {
					candidates.addAll(updater.update(true));
					reports.reportAt(context, updater.nextReportAt());
				}
			});
		}
		if (!candidates.isEmpty()) {
			apply(candidates);
		}
	}

	private void apply(List<Candidate> candidates) {
		List<ConfigChange> accepted = new ArrayList<>();
		long modifiedAt = 0;
		for (Candidate candidate : candidates) {
			accepted.addAll(candidate.changes());
			modifiedAt = Math.max(modifiedAt, candidate.modifiedAt());
		}
		apply(accepted, modifiedAt);
	}

	private void apply(List<ConfigChange> accepted, long modifiedAt) {
		long start = System.nanoTime();
		List<ConfigChange> visible = this.effective.visible(accepted);
		ApplyRound round = visible.isEmpty() ? null : new ApplyRound(visible, this.effective.keys(visible));
		Set<String> beans = (round != null) ? runSteps(round) : Set.of();
		AppliedChanges applied = new AppliedChanges(accepted, Instant.now(),
				Duration.ofNanos(System.nanoTime() - start),
				(modifiedAt != 0) ? Instant.ofEpochMilli(modifiedAt) : null, beans);
		this.appliedRounds.incrementAndGet();
		this.listeners.forEach((listener) -> listener.applied(applied));
		log(applied, visible, (round != null) ? round.getKeys() : Set.of());
	}

	private Set<String> runSteps(ApplyRound round) {
		for (ApplyStep step : this.steps) {
			try {
				step.apply(round);
			}
			catch (RuntimeException ex) {
				logger.error("Could not apply ZooKeeper configuration changes to keys " + round.getKeys() + " in step "
						+ step.getClass().getSimpleName() + ": " + Failures.describe(ex));
			}
		}
		return round.getBeans();
	}

	private void log(AppliedChanges applied, List<ConfigChange> visible, Set<String> keys) {
		if (logger.isDebugEnabled()) {
			logger.debug("Applied ZooKeeper configuration changes in " + applied.duration().toMillis() + " ms: "
					+ applied.changes()
						.stream()
						.map((change) -> change.key() + " = " + this.secrets.forLog(change.key(), change.newValue()))
						.toList());
		}
		else if (logger.isInfoEnabled() && !visible.isEmpty()) {
			Set<String> changed = ConfigChange.keysOf(visible);
			logger.info("Applied ZooKeeper configuration changes to keys " + changed
					+ ((keys.size() > changed.size()) ? " and the keys referring to them " + keys : ""));
		}
		if (logger.isInfoEnabled() && visible.size() != applied.changes().size()) {
			List<ConfigChange> hidden = new ArrayList<>(applied.changes());
			hidden.removeAll(visible);
			logger.info("Accepted ZooKeeper configuration changes to keys " + ConfigChange.keysOf(hidden)
					+ " without updating any bean: a property source of higher precedence holds them");
		}
	}

	private ContextUpdater newUpdater(ConfigContext context) {
		Set<String> rejected = new HashSet<>();
		for (Rejection rejection : this.rejections.getStanding()) {
			if (rejection.context().equals(context.getContextPath())) {
				rejected.add(rejection.path());
			}
		}
		return new ContextUpdater(context, this.guard, this.reporter, this.emptyZNodeGrace, rejected);
	}

	/** Where a round says when each context's next waiting rejection is due. */
	@FunctionalInterface
	interface ReportSchedule {

		/**
		 * Say when a context's next waiting rejection is due.
		 * @param context the context
		 * @param at the time in {@link System#nanoTime()} terms, {@code 0} if none waits
		 */
		void reportAt(ConfigContext context, long at);

	}

}
