package dev.zkconfig.zookeeper;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import dev.zkconfig.snapshot.TreeView;
import dev.zkconfig.snapshot.ZNode;
import dev.zkconfig.snapshot.ZNodeTree;
import org.jspecify.annotations.Nullable;

/**
 * The raw znodes of one context as ZooKeeper last reported them, written by a
 * {@link TreeSync} on ZooKeeper's event thread.
 * <p>
 * It counts the reads in flight: it is settled when none is and the last full read of the
 * subtree completed. Since ZooKeeper sends all the watch events of a transaction before
 * the reply to any read that follows them, a settled mirror holds whole transactions
 * only. It remembers which znodes changed since its changes were last taken, and tells
 * its listener each time it settles with changes to take.
 */
final class ZNodeMirror implements ZNodeTree {

	private final String contextPath;

	private final Object lock = new Object();

	private final ZNodeStore nodes;

	private final CountDownLatch firstSync = new CountDownLatch(1);

	private final View view = new View();

	private Map<String, Long> changes = new LinkedHashMap<>();

	private int readsInFlight;

	private int resync;

	/** Paths not seen yet by the full read in progress, {@code null} when none is. */
	private @Nullable Set<String> unseen;

	private boolean synced;

	private @Nullable String problem;

	private boolean problemToReport;

	/**
	 * Whether changes were taken since the mirror was created: the first take is the
	 * whole tree.
	 */
	private boolean taken;

	private long zxid;

	private volatile @Nullable SyncPoint lastSync;

	private volatile Runnable listener = () -> {
	};

	ZNodeMirror(String contextPath) {
		this.contextPath = contextPath;
		this.nodes = new ZNodeStore(contextPath);
	}

	@Override
	public String getContextPath() {
		return this.contextPath;
	}

	@Override
	public void setChangeListener(Runnable listener) {
		this.listener = listener;
	}

	/**
	 * Wait until the first full read of the subtree has completed (or found a problem).
	 * @param timeout how long to wait
	 * @return {@code true} if it has
	 * @throws InterruptedException if interrupted
	 */
	boolean awaitFirstSync(Duration timeout) throws InterruptedException {
		return this.firstSync.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Wait until the mirror is settled: synced, with no read in flight.
	 * @param timeout how long to wait
	 * @return {@code true} if it is
	 * @throws InterruptedException if interrupted
	 */
	boolean awaitSettled(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			while (!isSettled()) {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					return false;
				}
				this.lock.wait(Math.max(1, remaining / 1_000_000));
			}
			return true;
		}
	}

	/**
	 * Return the number of znodes held.
	 * @return the number of znodes
	 */
	int size() {
		synchronized (this.lock) {
			return this.nodes.size();
		}
	}

	/**
	 * Return the data size of a znode as last read.
	 * @param path the znode's path
	 * @return its size in bytes, or {@code -1} if it is not held
	 */
	int knownSize(String path) {
		synchronized (this.lock) {
			return this.nodes.sizeOf(path);
		}
	}

	@Override
	public <T> @Nullable T takeSettled(Function<TreeView, T> reader) {
		synchronized (this.lock) {
			if (!isSettled()) {
				return null;
			}
			T result = reader.apply(this.view);
			this.changes = new LinkedHashMap<>();
			this.nodes.changesTaken();
			this.problemToReport = false;
			this.taken = true;
			return result;
		}
	}

	void readStarted() {
		synchronized (this.lock) {
			this.readsInFlight++;
		}
	}

	void readEnded() {
		boolean settledWithChanges;
		synchronized (this.lock) {
			this.readsInFlight--;
			settledWithChanges = settledWithChanges();
			this.lock.notifyAll();
		}
		notifyIf(settledWithChanges);
	}

	/** A read was lost (connection loss): the next full read makes up for it. */
	void readLost() {
		synchronized (this.lock) {
			this.synced = false;
		}
	}

	int resyncStarted() {
		synchronized (this.lock) {
			if (this.unseen == null) {
				this.readsInFlight++;
			}
			this.unseen = this.nodes.paths();
			this.synced = false;
			return ++this.resync;
		}
	}

	/**
	 * End a full read of the subtree.
	 * @param resync the read, as {@link #resyncStarted()} returned it
	 * @param completed whether it read the whole subtree
	 * @param problem why the context could not be read, or {@code null}
	 */
	void resyncEnded(int resync, boolean completed, @Nullable String problem) {
		boolean settledWithChanges;
		synchronized (this.lock) {
			if (resync != this.resync || this.unseen == null) {
				return;
			}
			Set<String> gone = this.unseen;
			this.unseen = null;
			if (completed) {
				for (String path : gone) {
					remove(path, this.zxid);
				}
			}
			this.readsInFlight--;
			this.synced = completed || problem != null;
			if (!Objects.equals(problem, this.problem)) {
				this.problem = problem;
				this.problemToReport = true;
			}
			settledWithChanges = settledWithChanges();
			this.lock.notifyAll();
		}
		if (completed || problem != null) {
			this.firstSync.countDown();
		}
		notifyIf(settledWithChanges);
	}

	/** Keep what is known below a znode that the full read in progress cannot list. */
	void keepBelow(String path) {
		synchronized (this.lock) {
			if (this.unseen != null) {
				String prefix = path + "/";
				this.unseen.removeIf((candidate) -> candidate.startsWith(prefix));
			}
		}
	}

	void put(ZNode node) {
		synchronized (this.lock) {
			String path = node.path();
			if (this.unseen != null) {
				this.unseen.remove(path);
			}
			this.zxid = Math.max(this.zxid, node.mzxid());
			if (this.nodes.put(node)) {
				this.changes.put(path, (node.mzxid() > 0) ? node.mzxid() : this.zxid);
			}
		}
	}

	void remove(String path, long zxid) {
		synchronized (this.lock) {
			if (this.unseen != null) {
				this.unseen.remove(path);
			}
			this.zxid = Math.max(this.zxid, zxid);
			if (!this.nodes.remove(path)) {
				return;
			}
			this.changes.put(path, (zxid > 0) ? zxid : this.zxid);
		}
	}

	private boolean isSettled() {
		return this.readsInFlight == 0 && this.synced;
	}

	@Override
	public @Nullable SyncPoint getLastSync() {
		return this.lastSync;
	}

	private boolean settledWithChanges() {
		if (isSettled() && this.problem == null) {
			this.lastSync = new SyncPoint(Instant.now(), this.zxid);
		}
		return isSettled() && (!this.changes.isEmpty() || this.problemToReport || !this.taken);
	}

	private void notifyIf(boolean settledWithChanges) {
		if (settledWithChanges) {
			this.listener.run();
		}
	}

	/** The view handed to readers, under the lock. */
	private final class View implements TreeView {

		@Override
		public Map<String, Long> changes() {
			return ZNodeMirror.this.changes;
		}

		@Override
		public @Nullable ZNode get(String path) {
			return ZNodeMirror.this.nodes.get(path);
		}

		@Override
		public boolean isWhole() {
			return !ZNodeMirror.this.taken;
		}

		@Override
		public Set<String> paths() {
			return ZNodeMirror.this.nodes.paths();
		}

		@Override
		public @Nullable String keyOf(String path) {
			return ZNodeMirror.this.nodes.keyOf(path);
		}

		@Override
		public boolean hasChildren(String path) {
			return ZNodeMirror.this.nodes.hasChildren(path);
		}

		@Override
		public List<ZNode> withKey(String key) {
			return ZNodeMirror.this.nodes.withKey(key);
		}

		@Override
		public long zxid() {
			return ZNodeMirror.this.zxid;
		}

		@Override
		public @Nullable String problem() {
			return ZNodeMirror.this.problem;
		}

	}

}
