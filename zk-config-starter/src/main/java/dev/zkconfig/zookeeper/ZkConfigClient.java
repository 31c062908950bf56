package dev.zkconfig.zookeeper;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.zkconfig.snapshot.ZNodeTree;
import dev.zkconfig.support.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.imps.CuratorFrameworkState;
import org.apache.curator.framework.state.ConnectionState;
import org.jspecify.annotations.Nullable;

/**
 * The ZooKeeper side of zk-config for one application: the Curator client and, for each
 * configuration context, a mirror of its znodes that one persistent recursive watch keeps
 * in step with ZooKeeper.
 * <p>
 * It is created once, in the bootstrap phase, and reused by every later load of the same
 * contexts (a manual refresh reloads config data), so each context is watched once. A
 * client that could not connect at startup watches nothing until it has connected: it
 * {@linkplain #connectInBackground(String) connects in the background}, then sets the
 * watches, whose first reads bring the mirrors up to date. Closing it stops the watches
 * and, if it created it, closes the Curator client.
 */
public final class ZkConfigClient implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(ZkConfigClient.class);

	private final CuratorFramework curator;

	private final boolean ownsCurator;

	private final @Nullable AutoCloseable closedWithCurator;

	private final Map<String, Watch> watches = new ConcurrentHashMap<>();

	private final ConnectionStatus status = new ConnectionStatus();

	private volatile boolean attached;

	private volatile @Nullable BackgroundConnector connector;

	/**
	 * Create a client.
	 * @param curator a Curator client, started or not
	 * @param ownsCurator whether closing this client closes the Curator client
	 */
	public ZkConfigClient(CuratorFramework curator, boolean ownsCurator) {
		this(curator, ownsCurator, null);
	}

	/**
	 * Create a client that owns its Curator client and what that needs while it runs.
	 * @param curator a Curator client, started or not
	 * @param ownsCurator whether closing this client closes the Curator client
	 * @param closedWithCurator closed after the Curator client, such as the key store
	 * files of its TLS connection; may be {@code null}
	 */
	public ZkConfigClient(CuratorFramework curator, boolean ownsCurator, @Nullable AutoCloseable closedWithCurator) {
		this.curator = curator;
		this.ownsCurator = ownsCurator;
		this.closedWithCurator = closedWithCurator;
		curator.getConnectionStateListenable().addListener((client, state) -> onStateChange(state));
		if (curator.getState() == CuratorFrameworkState.STARTED && curator.getZookeeperClient().isConnected()) {
			this.status.update(ConnectionState.CONNECTED);
			this.attached = true;
		}
	}

	private void onStateChange(ConnectionState state) {
		this.status.update(state);
		if (state.isConnected() && !this.attached) {
			attach();
		}
	}

	/** Set the watches of the contexts that were waiting for a connection. */
	private synchronized void attach() {
		if (this.attached) {
			return;
		}
		this.attached = true;
		logger.info("Connected to ZooKeeper: watching " + this.watches.size() + " configuration contexts");
		this.watches.values().forEach(Watch::start);
	}

	/**
	 * Keep connecting in the background until a server of the connect string accepts a
	 * connection, then start the Curator client; once it is connected, the contexts are
	 * watched.
	 * @param connectString the servers to wait for
	 */
	public void connectInBackground(String connectString) {
		BackgroundConnector background = new BackgroundConnector(connectString, this.curator::start);
		this.connector = background;
		background.start();
	}

	/**
	 * Whether the client is connected, or has been: the contexts are watched.
	 * @return {@code true} once the client has connected
	 */
	public boolean isAttached() {
		return this.attached;
	}

	/**
	 * Return whether the client is connected to ZooKeeper now, and since when.
	 * @return the status
	 */
	public ConnectionStatus getStatus() {
		return this.status;
	}

	/**
	 * Watch a context, starting in the background, so that several contexts load at once;
	 * a client that has not connected yet starts once it has.
	 * @param contextPath the absolute znode path of the context
	 * @return the mirror of the context, which the watch keeps up to date
	 */
	public ZNodeTree watch(String contextPath) {
		return this.watches.computeIfAbsent(contextPath, this::newWatch).mirror();
	}

	/**
	 * Return the mirror of a watched context once its subtree has been read whole.
	 * @param contextPath the absolute znode path of the context
	 * @param timeout how long to wait for the first full read
	 * @return the mirror, which the watch keeps up to date
	 * @throws ContextLoadException if the context is not read in time
	 */
	public ZNodeTree awaitSynced(String contextPath, Duration timeout) {
		Watch watch = this.watches.computeIfAbsent(contextPath, this::newWatch);
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
		try (Watch watch = newWatch(contextPath)) {
			await(watch, timeout);
			return watch.mirror();
		}
	}

	private synchronized Watch newWatch(String contextPath) {
		ZNodeMirror mirror = new ZNodeMirror(contextPath);
		Watch watch = new Watch(mirror, new TreeSync(this.curator, mirror));
		if (this.attached) {
			watch.start();
		}
		return watch;
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
		BackgroundConnector background = this.connector;
		if (background != null) {
			background.close();
		}
		this.watches.values().forEach(Watch::close);
		this.watches.clear();
		if (this.ownsCurator) {
			logger.debug("Closing the ZooKeeper configuration client");
			this.curator.close();
			if (this.closedWithCurator != null) {
				try {
					this.closedWithCurator.close();
				}
				catch (Exception ex) {
					logger.warn("Could not release what the ZooKeeper configuration client used: " + ex);
				}
			}
		}
	}

	private record Watch(ZNodeMirror mirror, TreeSync sync) implements AutoCloseable {

		void start() {
			this.sync.start();
		}

		@Override
		public void close() {
			this.sync.close();
		}

	}

}
