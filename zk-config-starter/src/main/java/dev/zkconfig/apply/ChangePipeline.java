package dev.zkconfig.apply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.zkconfig.guard.ConfigGuard;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.snapshot.ConfigContexts;
import dev.zkconfig.support.SecretValues;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Applies ZooKeeper configuration changes to a running application, on a thread of its
 * own: for each context whose znodes changed, a candidate snapshot is built, checked by
 * the {@link ConfigGuard} and accepted or rejected whole ({@link ContextUpdater}); then
 * the {@link ApplyStep}s update the beans from the accepted snapshots.
 * <p>
 * An isolated change is applied at once. Changes that arrive while a round is running, or
 * sooner than the minimum interval after the previous round started, wait and are applied
 * together, so a burst of writes costs a bounded number of refreshes and the last round
 * always reflects ZooKeeper's final state. The pipeline starts last, once every bean is
 * ready; changes made during startup are applied then. This class schedules the rounds;
 * {@code RoundRunner} runs each.
 */
public final class ChangePipeline implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ChangePipeline.class);

	private final ConfigContexts contexts;

	private final RoundRunner rounds;

	private final long minIntervalNanos;

	/** When each context has a waiting rejection to report, guarded by the lock. */
	private final Map<ConfigContext, Long> reportAt = new HashMap<>();

	private final Object lock = new Object();

	private final Set<ConfigContext> changed = new LinkedHashSet<>();

	private @Nullable Thread worker;

	private boolean running;

	private boolean busy;

	private long lastRoundStart;

	/**
	 * Create a pipeline.
	 * @param contexts the contexts to keep up to date
	 * @param guard checks candidates, {@code null} to accept every readable candidate
	 * @param rejections where rejections are recorded
	 * @param steps the steps that apply accepted changes, in order
	 * @param listeners told what is applied and rejected
	 * @param application the application: publishes rejection events, and its property
	 * sources tell the changes that a source of higher precedence hides
	 * @param minInterval the minimum time between the starts of two rounds
	 * @param emptyZNodeGrace how long a rejection caused while a new empty znode gives
	 * its key the empty string waits for the change that makes it whole before it is
	 * reported
	 */
	public ChangePipeline(ConfigContexts contexts, @Nullable ConfigGuard guard, Rejections rejections,
			List<ApplyStep> steps, List<ChangeListener> listeners, ConfigurableApplicationContext application,
			Duration minInterval, Duration emptyZNodeGrace) {
		this.contexts = contexts;
		List<ChangeListener> told = List.copyOf(listeners);
		this.rounds = new RoundRunner(guard, rejections, new RejectionReporter(rejections, application, told), steps,
				told, new EffectiveChanges(application.getEnvironment()), emptyZNodeGrace);
		this.minIntervalNanos = minInterval.toNanos();
	}

	/**
	 * Set the rules that mask values in DEBUG log lines.
	 * @param secrets the application's rules; {@link SecretValues#DEFAULTS} if not set
	 */
	public void setSecretValues(SecretValues secrets) {
		this.rounds.setSecretValues(secrets);
	}

	@Override
	public void start() {
		synchronized (this.lock) {
			if (this.running) {
				return;
			}
			this.running = true;
			this.lastRoundStart = System.nanoTime() - this.minIntervalNanos;
			this.changed.addAll(this.contexts.getAll());
			this.worker = new Thread(this::run, "zkconfig-pipeline");
			this.worker.setDaemon(true);
			this.worker.start();
		}
		this.contexts.setListener(this::changed);
	}

	@Override
	public void stop() {
		this.contexts.setListener(null);
		Thread stopping;
		synchronized (this.lock) {
			this.running = false;
			this.lock.notifyAll();
			stopping = this.worker;
		}
		if (stopping != null && stopping != Thread.currentThread()) {
			try {
				stopping.join(Duration.ofSeconds(10).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (this.lock) {
			return this.running;
		}
	}

	/**
	 * Return how many rounds have applied changes so far.
	 * @return the number of rounds
	 */
	public long getAppliedRounds() {
		return this.rounds.getAppliedRounds();
	}

	/**
	 * Whether the pipeline has nothing to do: no context waits and no round runs.
	 * @return {@code true} if idle
	 */
	public boolean isIdle() {
		synchronized (this.lock) {
			return this.changed.isEmpty() && !this.busy && this.reportAt.isEmpty();
		}
	}

	private void changed(ConfigContext context) {
		synchronized (this.lock) {
			this.changed.add(context);
			this.lock.notifyAll();
		}
	}

	private void run() {
		while (true) {
			List<ConfigContext> round;
			try {
				synchronized (this.lock) {
					long waitNanos = waitNanos();
					while (this.running && waitNanos != 0) {
						if (waitNanos < 0) {
							this.lock.wait();
						}
						else {
							this.lock.wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
						}
						waitNanos = waitNanos();
					}
					if (!this.running) {
						return;
					}
					this.lastRoundStart = System.nanoTime();
					round = new ArrayList<>(this.changed);
					this.changed.clear();
					this.busy = true;
				}
				this.rounds.run(round, this::reportAt);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				logger.error("Failed to apply ZooKeeper configuration changes", ex);
			}
			finally {
				synchronized (this.lock) {
					this.busy = false;
				}
			}
		}
	}

	/**
	 * Nanoseconds to wait before the next round: 0 to go now, negative to wait for a
	 * change.
	 */
	private long waitNanos() {
		long now = System.nanoTime();
		long untilReport = -1;
		for (Map.Entry<ConfigContext, Long> entry : this.reportAt.entrySet()) {
			long remaining = entry.getValue() - now;
			if (remaining <= 0) {
				this.changed.add(entry.getKey());
			}
			else if (untilReport < 0 || remaining < untilReport) {
				untilReport = remaining;
			}
		}
		if (this.changed.isEmpty()) {
			return untilReport;
		}
		long due = this.lastRoundStart + this.minIntervalNanos - now;
		return Math.max(due, 0);
	}

	private void reportAt(ConfigContext context, long at) {
		synchronized (this.lock) {
			if (at != 0) {
				this.reportAt.put(context, at);
			}
			else {
				this.reportAt.remove(context);
			}
		}
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

}
