package dev.zkconfig.zookeeper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import dev.zkconfig.snapshot.TreeView;
import dev.zkconfig.snapshot.ZNode;
import dev.zkconfig.snapshot.ZNodeKeys;
import dev.zkconfig.snapshot.ZNodeTree;

/**
 * The raw znodes of one context as ZooKeeper last reported them, written by a
 * {@link TreeSync} on ZooKeeper's event thread.
 * <p>
 * It counts the reads in flight: it is settled when none is and the last full read of
 * the subtree completed. Since ZooKeeper sends all the watch events of a transaction
 * before the reply to any read that follows them, a settled mirror holds whole
 * transactions only. It remembers which znodes changed since its changes were last
 * taken, and tells its listener each time it settles with changes to take.
 */
final class ZNodeMirror implements ZNodeTree {

	private final String contextPath;

	private final Object lock = new Object();

	private final Map<String, ZNode> nodes = new HashMap<>();

	private final Map<String, Integer> childCounts = new HashMap<>();

	/** Paths of znodes whose names contain dots, by the key they give: rare. */
	private final Map<String, Set<String>> aliases = new HashMap<>();

	private final CountDownLatch firstSync = new CountDownLatch(1);

	private final View view = new View();

	private Map<String, Long> changes = new LinkedHashMap<>();

	private int readsInFlight;

	private int resync;

	/** Paths not seen yet by the full read in progress, {@code null} when none is. */
	private Set<String> unseen;

	private boolean synced;

	private String problem;

	private boolean problemToReport;

	private long zxid;

	private volatile Runnable listener = () -> {
	};

	ZNodeMirror(String contextPath) {
		this.contextPath = contextPath;
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

	@Override
	public <T> T takeSettled(Function<TreeView, T> reader) {
		synchronized (this.lock) {
			if (!isSettled()) {
				return null;
			}
			T result = reader.apply(this.view);
			this.changes = new LinkedHashMap<>();
			this.problemToReport = false;
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
			this.unseen = new HashSet<>(this.nodes.keySet());
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
	void resyncEnded(int resync, boolean completed, String problem) {
		boolean settledWithChanges;
		synchronized (this.lock) {
			if (resync != this.resync || this.unseen == null) {
				return;
			}
			if (completed) {
				for (String path : this.unseen) {
					remove(path, this.zxid);
				}
			}
			this.unseen = null;
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
			ZNode previous = this.nodes.put(path, node);
			if (previous == null) {
				this.childCounts.merge(ZNodeKeys.parentOf(path), 1, Integer::sum);
				if (isAlias(path)) {
					this.aliases.computeIfAbsent(ZNodeKeys.keyOf(this.contextPath, path), (key) -> new TreeSet<>())
						.add(path);
				}
			}
			if (previous == null || previous.mzxid() != node.mzxid()
					|| !Objects.equals(previous.problem(), node.problem())) {
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
			if (this.nodes.remove(path) == null) {
				return;
			}
			this.childCounts.computeIfPresent(ZNodeKeys.parentOf(path), (parent, count) -> (count > 1) ? count - 1 : null);
			if (isAlias(path)) {
				String key = ZNodeKeys.keyOf(this.contextPath, path);
				Set<String> paths = this.aliases.get(key);
				if (paths != null && paths.remove(path) && paths.isEmpty()) {
					this.aliases.remove(key);
				}
			}
			this.changes.put(path, (zxid > 0) ? zxid : this.zxid);
		}
	}

	/** Whether a znode below the context has a dot in a name, so that its key is not its canonical path. */
	private boolean isAlias(String path) {
		return path.indexOf('.', this.contextPath.length()) >= 0 && !path.equals(this.contextPath);
	}

	private boolean isSettled() {
		return this.readsInFlight == 0 && this.synced;
	}

	private boolean settledWithChanges() {
		return isSettled() && (!this.changes.isEmpty() || this.problemToReport);
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
		public ZNode get(String path) {
			return ZNodeMirror.this.nodes.get(path);
		}

		@Override
		public boolean hasChildren(String path) {
			return ZNodeMirror.this.childCounts.containsKey(path);
		}

		@Override
		public List<ZNode> withKey(String key) {
			ZNode canonical = ZNodeMirror.this.nodes.get(ZNodeKeys.pathOf(ZNodeMirror.this.contextPath, key));
			Set<String> others = ZNodeMirror.this.aliases.getOrDefault(key, Set.of());
			if (others.isEmpty()) {
				return (canonical != null) ? List.of(canonical) : List.of();
			}
			List<ZNode> nodes = new ArrayList<>(others.size() + 1);
			if (canonical != null) {
				nodes.add(canonical);
			}
			others.forEach((path) -> nodes.add(ZNodeMirror.this.nodes.get(path)));
			return nodes;
		}

		@Override
		public long zxid() {
			return ZNodeMirror.this.zxid;
		}

		@Override
		public String problem() {
			return ZNodeMirror.this.problem;
		}

	}

}
