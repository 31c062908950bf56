package dev.zkconfig.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.zkconfig.source.ContextStore;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.cache.ChildData;
import org.apache.curator.framework.recipes.watch.PersistentWatcher;
import org.apache.curator.utils.ZKPaths;
import org.apache.zookeeper.AddWatchMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.OpResult;
import org.apache.zookeeper.WatchedEvent;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooKeeper;

/**
 * Keeps a {@link ContextStore} in step with a ZooKeeper subtree.
 * <p>
 * Curator's {@link PersistentWatcher} (recursive) reports every change below the root,
 * and each change re-reads that one node. Each time the watch is set, on start and after
 * every reconnect, the whole subtree is read level by level with batched multi-reads
 * ({@code getData} for every node, {@code getChildren} only for nodes that have children)
 * and nodes the read did not see are dropped. Curator's {@code CuratorCache} reads node by
 * node with two requests each, about 25 times slower for a large tree. All reads are
 * asynchronous on one session, so their results and the watch events arrive in the
 * server's order and a later result never overwrites a newer one.
 */
final class TreeSync implements AutoCloseable {

	/** Operations per multi-read: config values are small, and a reply must fit jute.maxbuffer. */
	private static final int BATCH_SIZE = 100;

	/** Watches ZooKeeper's own node, which applications do not change: it never fires. */
	private static final Watcher PROBE = (event) -> {
	};

	/** Per connection: whether its server has persistent watches (ZooKeeper 3.6 or later). */
	private static final Map<ZooKeeper, Boolean> persistentWatches = Collections.synchronizedMap(new WeakHashMap<>());

	private final CuratorFramework curator;

	private final String root;

	private final ContextStore store;

	private final Runnable firstSyncDone;

	private final Consumer<Exception> errors;

	private final PersistentWatcher watcher;

	private final AtomicInteger generation = new AtomicInteger();

	private volatile boolean synced;

	TreeSync(CuratorFramework curator, String root, ContextStore store, Runnable firstSyncDone,
			Consumer<Exception> errors) {
		this.curator = curator;
		this.root = root;
		this.store = store;
		this.firstSyncDone = firstSyncDone;
		this.errors = errors;
		this.watcher = new PersistentWatcher(curator, root, true);
		this.watcher.getListenable().addListener(this::onEvent);
		this.watcher.getResetListenable().addListener(this::resync);
	}

	void start() {
		if (serverHasPersistentWatches()) {
			this.watcher.start();
		}
	}

	/**
	 * Curator's watcher retries a refused watch forever, and a server before 3.6 refuses it
	 * as unimplemented: ask once per connection and fail the load with the reason. Such a
	 * server answers out of turn and then drops the connection, so no other request may be
	 * pending: hence the read first.
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
					}
					catch (KeeperException.UnimplementedException ex) {
						persistentWatches.put(zooKeeper, false);
					}
				}
			}
			if (!persistentWatches.get(zooKeeper)) {
				String server = this.curator.getZookeeperClient().getCurrentConnectionString();
				fail(new IllegalStateException("ZooKeeper at " + server + " does not support persistent recursive"
						+ " watches: zk-config needs a ZooKeeper 3.6 or later server"));
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

	@Override
	public void close() {
		this.watcher.close();
	}

	private void onEvent(WatchedEvent event) {
		if (event.getPath() == null) {
			return;
		}
		switch (event.getType()) {
			case NodeCreated, NodeDataChanged -> readNode(event.getPath());
			case NodeDeleted -> this.store.remove(event.getPath());
			default -> {
			}
		}
	}

	private void readNode(String path) {
		int current = this.generation.get();
		try {
			zooKeeper().getData(inNamespace(path), false, (resultCode, resultPath, context, data, stat) -> {
				if (resultCode == KeeperException.Code.OK.intValue()) {
					this.store.put(new ChildData(path, stat, data), current);
				}
				else if (resultCode == KeeperException.Code.NONODE.intValue()) {
					this.store.remove(path);
				}
				else {
					fail(KeeperException.create(KeeperException.Code.get(resultCode), path));
				}
			}, null);
		}
		catch (Exception ex) {
			fail(ex);
		}
	}

	/** Read the whole subtree; called each time the watch is (re)set. */
	private void resync() {
		int current = this.generation.incrementAndGet();
		readLevel(List.of(this.root), current);
	}

	private void readLevel(List<String> paths, int current) {
		if (paths.isEmpty()) {
			this.store.removeOlderThan(current);
			if (!this.synced) {
				this.synced = true;
				this.firstSyncDone.run();
			}
			return;
		}
		List<List<String>> batches = batches(paths);
		List<String> parents = new ArrayList<>();
		AtomicInteger remaining = new AtomicInteger(batches.size());
		for (List<String> batch : batches) {
			multi(batch, Op::getData, (results) -> {
				for (int i = 0; i < results.size(); i++) {
					if (results.get(i) instanceof OpResult.GetDataResult data) {
						String path = batch.get(i);
						this.store.put(new ChildData(path, data.getStat(), data.getData()), current);
						if (data.getStat().getNumChildren() > 0) {
							parents.add(path);
						}
					}
				}
				if (remaining.decrementAndGet() == 0) {
					readChildren(parents, current);
				}
			});
		}
	}

	private void readChildren(List<String> parents, int current) {
		if (parents.isEmpty()) {
			readLevel(List.of(), current);
			return;
		}
		List<List<String>> batches = batches(parents);
		List<String> children = new ArrayList<>();
		AtomicInteger remaining = new AtomicInteger(batches.size());
		for (List<String> batch : batches) {
			multi(batch, Op::getChildren, (results) -> {
				for (int i = 0; i < results.size(); i++) {
					if (results.get(i) instanceof OpResult.GetChildrenResult result) {
						String parent = batch.get(i);
						result.getChildren().forEach((child) -> children.add(ZKPaths.makePath(parent, child)));
					}
				}
				if (remaining.decrementAndGet() == 0) {
					readLevel(children, current);
				}
			});
		}
	}

	private static List<List<String>> batches(List<String> paths) {
		List<List<String>> batches = new ArrayList<>();
		for (int start = 0; start < paths.size(); start += BATCH_SIZE) {
			batches.add(paths.subList(start, Math.min(paths.size(), start + BATCH_SIZE)));
		}
		return batches;
	}

	/**
	 * Callbacks run on ZooKeeper's event thread, one at a time and in order. A multi-read
	 * answers each operation on its own, a node deleted meanwhile with an error result
	 * (and the first such error as the result code), so only a missing reply is a failure.
	 */
	private void multi(List<String> paths, Function<String, Op> operation, Consumer<List<OpResult>> onResults) {
		try {
			List<Op> batch = paths.stream().map((path) -> operation.apply(inNamespace(path))).toList();
			zooKeeper().multi(batch, (resultCode, path, context, results) -> {
				if (results != null && results.size() == batch.size()) {
					onResults.accept(results);
				}
				else {
					// the next reconnect sets the watch again and so reads again
					fail(KeeperException.create(KeeperException.Code.get(resultCode), this.root));
				}
			}, null);
		}
		catch (Exception ex) {
			fail(ex);
		}
	}

	/**
	 * The path ZooKeeper knows a node by. Curator's recipes work within the client's
	 * namespace, as the stock starter does; the direct calls must add it.
	 */
	private String inNamespace(String path) {
		return ZKPaths.fixForNamespace(this.curator.getNamespace(), path);
	}

	private ZooKeeper zooKeeper() throws Exception {
		return this.curator.getZookeeperClient().getZooKeeper();
	}

	private void fail(Exception ex) {
		this.errors.accept(ex);
	}

}
