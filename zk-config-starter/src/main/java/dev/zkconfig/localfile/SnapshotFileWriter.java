package dev.zkconfig.localfile;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.zkconfig.apply.AppliedChanges;
import dev.zkconfig.apply.ChangeListener;
import dev.zkconfig.guard.Rejection;
import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.snapshot.ConfigContexts;
import dev.zkconfig.snapshot.ConfigSnapshot;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

/**
 * Writes each context's accepted snapshot to its local file, after the first load and
 * after every accepted change, on a thread of its own so that a change never waits for
 * the disk. The first snapshots are written once the application is ready, and a snapshot
 * accepted while it runs once the change's round has been applied to the beans (either
 * after at most half a second), so that the write does not take a processor from the
 * startup or the round. Snapshots accepted while a write is under way are written next,
 * the latest of each context only.
 */
public class SnapshotFileWriter implements SmartLifecycle, ChangeListener, ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(SnapshotFileWriter.class);

	/** The longest a pending snapshot waits for its round to be applied. */
	private static final long DEFER_NANOS = Duration.ofMillis(500).toNanos();

	private final ConfigContexts contexts;

	private final LocalSnapshots files;

	private final Object lock = new Object();

	private final Map<String, ConfigSnapshot> pending = new LinkedHashMap<>();

	private final Map<String, Long> written = new LinkedHashMap<>();

	private @Nullable Thread worker;

	private boolean running;

	/**
	 * When pending snapshots are written, their round applied or not
	 * ({@link System#nanoTime()}).
	 */
	private long writeAt;

	private boolean failing;

	/**
	 * Create a writer.
	 * @param contexts the contexts whose snapshots to write
	 * @param files where to write them
	 */
	public SnapshotFileWriter(ConfigContexts contexts, LocalSnapshots files) {
		this.contexts = contexts;
		this.files = files;
	}

	@Override
	public void start() {
		synchronized (this.lock) {
			if (this.running) {
				return;
			}
			this.running = true;
			this.worker = new Thread(this::run, "zkconfig-snapshot-writer");
			this.worker.setDaemon(true);
			this.worker.start();
		}
		this.contexts.setAcceptListener(this::accepted);
		for (ConfigContext context : this.contexts.getAll()) {
			accepted(context, context.getAccepted());
		}
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		release();
	}

	@Override
	public void stop() {
		this.contexts.setAcceptListener(null);
		Thread stopping;
		synchronized (this.lock) {
			this.running = false;
			this.lock.notifyAll();
			stopping = this.worker;
		}
		if (stopping != null) {
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
	 * Whether every accepted snapshot handed over so far has been written (or failed).
	 * @return {@code true} if nothing waits
	 */
	public boolean isIdle() {
		synchronized (this.lock) {
			return this.pending.isEmpty();
		}
	}

	private void accepted(ConfigContext context, ConfigSnapshot snapshot) {
		if (snapshot.getOrigin() != ConfigSnapshot.Origin.ZOOKEEPER) {
			return;
		}
		synchronized (this.lock) {
			if (this.pending.isEmpty()) {
				this.writeAt = System.nanoTime() + DEFER_NANOS;
			}
			this.pending.put(context.getContextPath(), snapshot);
			this.lock.notifyAll();
		}
	}

	@Override
	public void applied(AppliedChanges applied) {
		release();
	}

	@Override
	public void rejected(String contextPath, List<Rejection> rejections) {
		release();
	}

	/** Write what is pending now: the round it was accepted in is over. */
	private void release() {
		synchronized (this.lock) {
			this.writeAt = System.nanoTime();
			this.lock.notifyAll();
		}
	}

	private void run() {
		while (true) {
			Map<String, ConfigSnapshot> batch;
			synchronized (this.lock) {
				try {
					awaitWriteTime();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				if (this.pending.isEmpty()) {
					return;
				}
				batch = new LinkedHashMap<>(this.pending);
			}
			batch.forEach(this::write);
			synchronized (this.lock) {
				batch.forEach((contextPath, snapshot) -> this.pending.remove(contextPath, snapshot));
			}
		}
	}

	/** Wait, holding the lock, until something pending is due, or the writer stops. */
	private void awaitWriteTime() throws InterruptedException {
		while (this.running) {
			if (this.pending.isEmpty()) {
				this.lock.wait();
				continue;
			}
			long remaining = this.writeAt - System.nanoTime();
			if (remaining <= 0) {
				return;
			}
			this.lock.wait(remaining / 1_000_000, (int) (remaining % 1_000_000));
		}
	}

	private void write(String contextPath, ConfigSnapshot snapshot) {
		Long done = this.written.get(contextPath);
		if (done != null && done == snapshot.getZxid()) {
			return;
		}
		try {
			SnapshotFile.write(this.files.fileOf(contextPath), snapshot, this.files::isExcluded);
			this.written.put(contextPath, snapshot.getZxid());
			if (this.failing) {
				this.failing = false;
				logger.info("Writing local snapshots to " + this.files.getDirectory() + " works again");
			}
		}
		catch (IOException | RuntimeException ex) {
			if (!this.failing) {
				this.failing = true;
				logger.warn("Could not write the local snapshot of ZooKeeper context " + contextPath + " to "
						+ this.files.fileOf(contextPath) + ": " + ex + " (set zkconfig.snapshot.directory to a "
						+ "writable directory, or zkconfig.snapshot.enabled=false)");
			}
			else {
				logger.debug("Could not write the local snapshot of " + contextPath, ex);
			}
		}
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 200;
	}

}
