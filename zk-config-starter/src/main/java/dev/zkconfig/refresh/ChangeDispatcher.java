package dev.zkconfig.refresh;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Hands configuration changes to a {@link ChangeApplier} on a thread of its own,
 * coalescing bursts.
 * <p>
 * An isolated change is applied at once. Changes that arrive while a batch is being
 * applied, or sooner than the minimum interval after the previous batch started, wait and
 * are applied together, so a burst of writes costs a bounded number of refreshes and the
 * last batch always carries the final values. Changes that arrive before an applier is
 * attached (during startup) are kept and applied once it is.
 */
public final class ChangeDispatcher implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(ChangeDispatcher.class);

	private final long minIntervalNanos;

	private final Object lock = new Object();

	private final Map<ChangeKey, ConfigChange> pending = new LinkedHashMap<>();

	private final AtomicLong appliedBatches = new AtomicLong();

	private final Thread worker;

	private ChangeApplier applier;

	private boolean closed;

	private long lastBatchStart;

	/**
	 * Create a dispatcher and start its thread.
	 * @param minInterval the minimum time between the starts of two batches
	 * @param name a name for the thread
	 */
	public ChangeDispatcher(Duration minInterval, String name) {
		this.minIntervalNanos = minInterval.toNanos();
		this.lastBatchStart = System.nanoTime() - this.minIntervalNanos;
		this.worker = new Thread(this::run, name);
		this.worker.setDaemon(true);
		this.worker.start();
	}

	/**
	 * Queue a change. A change of a key already waiting merges with it.
	 * @param change the change
	 */
	public void submit(ConfigChange change) {
		synchronized (this.lock) {
			ChangeKey key = new ChangeKey(change.context(), change.key());
			ConfigChange earlier = this.pending.get(key);
			String oldValue = (earlier != null) ? earlier.oldValue() : change.oldValue();
			this.pending.put(key, new ConfigChange(change.context(), change.key(), oldValue, change.newValue()));
			this.lock.notifyAll();
		}
	}

	/**
	 * Start applying changes with the given applier, including any kept so far.
	 * @param applier the applier
	 */
	public void attach(ChangeApplier applier) {
		synchronized (this.lock) {
			this.applier = applier;
			this.lock.notifyAll();
		}
	}

	/**
	 * Stop applying changes with the given applier; later changes are kept until another
	 * is attached.
	 * @param applier the applier to detach
	 */
	public void detach(ChangeApplier applier) {
		synchronized (this.lock) {
			if (this.applier == applier) {
				this.applier = null;
			}
		}
	}

	/**
	 * Return how many batches have been applied so far.
	 * @return the number of batches
	 */
	public long getAppliedBatchCount() {
		return this.appliedBatches.get();
	}

	/**
	 * Whether changes are waiting to be applied.
	 * @return {@code true} if changes are queued
	 */
	public boolean hasPendingChanges() {
		synchronized (this.lock) {
			return !this.pending.isEmpty();
		}
	}

	@Override
	public void close() {
		synchronized (this.lock) {
			this.closed = true;
			this.lock.notifyAll();
		}
		if (Thread.currentThread() != this.worker) {
			try {
				this.worker.join(Duration.ofSeconds(10).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void run() {
		while (true) {
			ChangeApplier target;
			ChangeBatch batch;
			try {
				synchronized (this.lock) {
					long waitNanos = waitNanos();
					while (!this.closed && waitNanos != 0) {
						if (waitNanos < 0) {
							this.lock.wait();
						}
						else {
							this.lock.wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
						}
						waitNanos = waitNanos();
					}
					if (this.closed) {
						return;
					}
					this.lastBatchStart = System.nanoTime();
					target = this.applier;
					batch = drain();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			apply(target, batch);
		}
	}

	/** Nanoseconds to wait before the next batch: 0 to go now, negative to wait for a change. */
	private long waitNanos() {
		if (this.pending.isEmpty() || this.applier == null) {
			return -1;
		}
		long due = this.lastBatchStart + this.minIntervalNanos - System.nanoTime();
		return Math.max(due, 0);
	}

	private ChangeBatch drain() {
		List<ConfigChange> changes = new ArrayList<>(this.pending.size());
		Set<String> keys = new LinkedHashSet<>();
		for (ConfigChange change : this.pending.values()) {
			keys.add(change.key());
			if (!Objects.equals(change.oldValue(), change.newValue())) {
				changes.add(change);
			}
		}
		this.pending.clear();
		return new ChangeBatch(changes, keys);
	}

	private void apply(ChangeApplier target, ChangeBatch batch) {
		try {
			target.apply(batch);
		}
		catch (RuntimeException ex) {
			logger.error("Failed to apply ZooKeeper configuration changes to keys " + batch.keys(), ex);
		}
		finally {
			this.appliedBatches.incrementAndGet();
		}
	}

	private record ChangeKey(String context, String key) {
	}

}
