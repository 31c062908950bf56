package dev.zkconfig.zookeeper;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import dev.zkconfig.snapshot.ZNode;
import dev.zkconfig.snapshot.ZNodeProblem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.watch.PersistentWatcher;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.curator.framework.state.ConnectionStateListener;
import org.apache.curator.utils.ZKPaths;
import org.apache.zookeeper.AddWatchMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.KeeperException.Code;
import org.apache.zookeeper.WatchedEvent;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooKeeper;

/**
 * Keeps a {@link ZNodeMirror} in step with a ZooKeeper subtree.
 * <p>
 * Curator's {@link PersistentWatcher} (recursive) reports every change below the root,
 * and each change re-reads that one znode. Each time the watch is set, on start and after
 * every reconnect, the whole subtree is read again ({@link FullRead}), once: the watcher
 * may report one connection twice (from its start and from the connection's first state),
 * and a full read that began since the connection was last interrupted already covers it.
 * All reads are asynchronous on one session, so their results and the watch events arrive
 * in the server's order.
 */
final class TreeSync implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(TreeSync.class);

	/** Watches ZooKeeper's own node, which applications do not change: it never fires. */
	private static final Watcher PROBE = (event) -> {
	};

	/**
	 * Per connection: whether its server has persistent watches (ZooKeeper 3.6 or later).
	 */
	private static final Map<ZooKeeper, Boolean> persistentWatches = Collections.synchronizedMap(new WeakHashMap<>());

	private final CuratorFramework curator;

	private final String root;

	private final ZNodeMirror mirror;

	private final PersistentWatcher watcher;

	private final ConnectionStateListener interruptions = this::onConnectionStateChanged;

	private final Object fullReads = new Object();

	/** How often the connection was interrupted: events may have been missed since. */
	private int interruptionCount;

	/**
	 * The interruption count when the last full read began; {@code -1} once it failed.
	 */
	private int fullReadSince = -1;

	/** Whether the next full read asks every znode's size first. */
	private volatile boolean careful;

	private volatile boolean closed;

	TreeSync(CuratorFramework curator, ZNodeMirror mirror) {
		this.curator = curator;
		this.root = mirror.getContextPath();
		this.mirror = mirror;
		this.watcher = new PersistentWatcher(curator, this.root, true);
		this.watcher.getListenable().addListener(this::onEvent);
		this.watcher.getResetListenable().addListener(this::resync);
	}

	void start() {
		this.curator.getConnectionStateListenable().addListener(this.interruptions);
		if (serverHasPersistentWatches()) {
			this.watcher.start();
		}
	}

	/**
	 * Curator's watcher retries a refused watch forever, and a server before 3.6 refuses
	 * it as unimplemented: ask once per connection and end the first read with the
	 * reason. Such a server answers out of turn and then drops the connection, so no
	 * other request may be pending: hence the read first.
	 */
	private boolean serverHasPersistentWatches() {
		try {
			ZooKeeper zooKeeper = zooKeeper();
			synchronized (persistentWatches) {
				if (!persistentWatches.containsKey(zooKeeper)) {
					zooKeeper.exists("/zookeeper", false);
					try {
						zooKeeper.addWatch("/zookeeper", PROBE, AddWatchMode.PERSISTENT);
						persistentWatches.put(zooKeeper, true);
						removeProbe(zooKeeper);
					}
					catch (KeeperException.UnimplementedException ex) {
						persistentWatches.put(zooKeeper, false);
					}
				}
			}
			if (!persistentWatches.get(zooKeeper)) {
				String server = this.curator.getZookeeperClient().getCurrentConnectionString();
				this.mirror.resyncEnded(this.mirror.resyncStarted(), false, "cannot be watched: ZooKeeper at " + server
						+ " does not support persistent recursive watches: zk-config needs a ZooKeeper 3.6 or later "
						+ "server");
				return false;
			}
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			// a lost connection or the like: Curator's watcher retries
		}
		return true;
	}

	/**
	 * The probe has answered: drop its watch, or the server would keep it, a second watch
	 * besides one per context, for as long as the session lives. Removing the one watcher
	 * only checks it on the server, which keeps the registration; removing all of the
	 * session's watches on ZooKeeper's own node, which no one else watches, drops it.
	 */
	private static void removeProbe(ZooKeeper zooKeeper) throws InterruptedException {
		try {
			zooKeeper.removeAllWatches("/zookeeper", Watcher.WatcherType.Any, false);
		}
		catch (KeeperException ex) {
			logger.debug("Could not remove the watch that asked whether the server has persistent watches: " + ex);
		}
	}

	@Override
	public void close() {
		this.closed = true;
		this.curator.getConnectionStateListenable().removeListener(this.interruptions);
		this.watcher.close();
	}

	boolean isClosed() {
		return this.closed;
	}

	String getRoot() {
		return this.root;
	}

	ZNodeMirror getMirror() {
		return this.mirror;
	}

	private void onEvent(WatchedEvent event) {
		if (this.closed || event.getPath() == null) {
			return;
		}
		switch (event.getType()) {
			case NodeCreated, NodeDataChanged, NodeDeleted -> read(event.getPath(), event.getZxid());
			default -> {
			}
		}
	}

	/**
	 * Read one changed znode. A deletion is read too: its reply comes after the events of
	 * the rest of its transaction, so the mirror settles only once all of them are in.
	 */
	private void read(String path, long eventZxid) {
		this.mirror.readStarted();
		try {
			zooKeeper().getData(inNamespace(path), false, (rc, ignored, context, data, stat) -> {
				if (!this.closed) {
					Code code = Code.get(rc);
					switch (code) {
						case OK -> this.mirror.put(ZNode.of(path, data, stat.getMzxid(), stat.getMtime()));
						case NONODE -> this.mirror.remove(path, eventZxid);
						case NOAUTH -> this.mirror.put(unreadable(path));
						default -> lost(path, code);
					}
				}
				this.mirror.readEnded();
			}, null);
		}
		catch (Exception ex) {
			lost(path, Code.CONNECTIONLOSS);
			this.mirror.readEnded();
		}
	}

	/** Read the whole subtree; called each time the watch is (re)set. */
	private void resync() {
		if (this.closed) {
			return;
		}
		synchronized (this.fullReads) {
			if (this.fullReadSince == this.interruptionCount) {
				logger.debug("The watch on " + this.root + " is set again on the same connection: the full read "
						+ "that began on it covers it");
				return;
			}
			this.fullReadSince = this.interruptionCount;
		}
		logger.debug("Reading the whole tree of " + this.root + " now that the watch is set"
				+ (this.careful ? ", asking each znode's size first" : ""));
		new FullRead(this, this.mirror.resyncStarted(), this.careful).start();
	}

	private void onConnectionStateChanged(CuratorFramework client, ConnectionState state) {
		if (state == ConnectionState.SUSPENDED || state == ConnectionState.LOST) {
			synchronized (this.fullReads) {
				this.interruptionCount++;
			}
		}
	}

	/** A full read ended: one that did not complete does not cover the connection. */
	void fullReadEnded(boolean completed) {
		if (completed) {
			this.careful = false;
		}
		else {
			synchronized (this.fullReads) {
				this.fullReadSince = -1;
			}
		}
	}

	/**
	 * A full read lost its connection while reading data in batches by the sizes it
	 * assumed: perhaps a reply too large for the client, so the next one asks first.
	 */
	void dataReadLost() {
		this.careful = true;
	}

	private void lost(String path, Code code) {
		logger.debug("Lost the read of " + path + " (" + code + "); reading the tree again after reconnecting");
		this.mirror.readLost();
	}

	static ZNode unreadable(String path) {
		return ZNode.problem(path, 0, 0, 0, ZNodeProblem.NO_AUTH);
	}

	/**
	 * The path ZooKeeper knows a znode by. Curator's recipes work within the client's
	 * namespace, as the stock starter does; the direct calls must add it.
	 */
	String inNamespace(String path) {
		return ZKPaths.fixForNamespace(this.curator.getNamespace(), path);
	}

	ZooKeeper zooKeeper() throws Exception {
		return this.curator.getZookeeperClient().getZooKeeper();
	}

}
