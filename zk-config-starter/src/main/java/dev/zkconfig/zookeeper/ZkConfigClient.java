package dev.zkconfig.zookeeper;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.zkconfig.snapshot.ZNodeTree;
import dev.zkconfig.support.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.curator.framework.CuratorFramework;

/**
 * The ZooKeeper side of zk-config for one application: the Curator client and, for each
 * configuration context, a mirror of its znodes that one persistent recursive watch keeps
 * in step with ZooKeeper.
 * <p>
 * It is created once, in the bootstrap phase, and reused by every later load of the
 * same contexts (a manual refresh reloads config data), so each context is watched once.
 * Closing it stops the watches and, if it created it, closes the Curator client.
 */
public final class ZkConfigClient implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(ZkConfigClient.class);

	private final CuratorFramework curator;

	private final boolean ownsCurator;

	private final Map<String, Watch> watches = new ConcurrentHashMap<>();

	/**
	 * Create a client.
	 * @param curator a started Curator client
	 * @param ownsCurator whether closing this client closes the Curator client
	 */
	public ZkConfigClient(CuratorFramework curator, boolean ownsCurator) {
		this.curator = curator;
		this.ownsCurator = ownsCurator;
	}

	/**
	 * Start watching a context in the background, so that several contexts load at once.
	 * Does nothing if it is watched already.
	 * @param contextPath the absolute znode path of the context
	 */
	public void watch(String contextPath) {
		this.watches.computeIfAbsent(contextPath, this::startWatch);
	}

	/**
	 * Return the mirror of a watched context once its subtree has been read whole.
	 * @param contextPath the absolute znode path of the context
	 * @param timeout how long to wait for the first full read
	 * @return the mirror, which the watch keeps up to date
	 * @throws ContextLoadException if the context is not read in time
	 */
	public ZNodeTree awaitSynced(String contextPath, Duration timeout) {
		Watch watch = this.watches.computeIfAbsent(contextPath, this::startWatch);
		try {
			await(watch, timeout);
		}
		catch (ContextLoadException ex) {
			this.watches.remove(contextPath, watch);
			watch.close();
			throw ex;
		}
		return watch.mirror();
	}

	/**
	 * Read a context once, without watching it afterwards.
	 * @param contextPath the absolute znode path of the context
	 * @param timeout how long to wait for the read
	 * @return a mirror of the context that no longer changes
	 * @throws ContextLoadException if the context is not read in time
	 */
	public ZNodeTree readOnce(String contextPath, Duration timeout) {
		try (Watch watch = startWatch(contextPath)) {
			await(watch, timeout);
			return watch.mirror();
		}
	}

	private Watch startWatch(String contextPath) {
		ZNodeMirror mirror = new ZNodeMirror(contextPath);
		TreeSync sync = new TreeSync(this.curator, mirror);
		sync.start();
		return new Watch(mirror, sync);
	}

	private static void await(Watch watch, Duration timeout) {
		String contextPath = watch.mirror().getContextPath();
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			if (!watch.mirror().awaitFirstSync(timeout)
					|| !watch.mirror().awaitSettled(Duration.ofNanos(deadline - System.nanoTime()))) {
				throw new ContextLoadException(contextPath, "the initial load did not complete within "
						+ Durations.describe(timeout) + " (" + watch.mirror().size() + " znodes read so far)", null);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ContextLoadException(contextPath, "interrupted while loading", ex);
		}
	}

	/**
	 * Return the Curator client.
	 * @return the Curator client
	 */
	public CuratorFramework getCurator() {
		return this.curator;
	}

	@Override
	public void close() {
		this.watches.values().forEach(Watch::close);
		this.watches.clear();
		if (this.ownsCurator) {
			logger.debug("Closing the ZooKeeper configuration client");
			this.curator.close();
		}
	}

	private record Watch(ZNodeMirror mirror, TreeSync sync) implements AutoCloseable {

		@Override
		public void close() {
			this.sync.close();
		}

	}

}
