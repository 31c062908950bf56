package dev.zkconfig.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.zkconfig.refresh.ChangeDispatcher;
import dev.zkconfig.source.ZkPropertySource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.curator.framework.CuratorFramework;

/**
 * The ZooKeeper side of zk-config for one application: the Curator client, one live
 * {@link ZkPropertySource} per configuration context, and the {@link ChangeDispatcher}
 * that their changes go to.
 * <p>
 * It is created once, in the bootstrap phase, and reused by every later load of the
 * same contexts (a manual refresh reloads config data), so each context has exactly one
 * live source. Closing it closes the caches, the dispatcher and, if it created it, the
 * Curator client.
 */
public final class ZkConfigClient implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(ZkConfigClient.class);

	private final CuratorFramework curator;

	private final boolean ownsCurator;

	private final boolean watching;

	private final Duration loadTimeout;

	private final ChangeDispatcher dispatcher;

	private final Map<String, ContextWatch> watches = new ConcurrentHashMap<>();

	/**
	 * Create a client.
	 * @param curator a started Curator client
	 * @param ownsCurator whether closing this client closes the Curator client
	 * @param watching whether sources stay live after their initial load; if not, each
	 * load reads the context afresh and stops watching
	 * @param loadTimeout how long to wait for the initial load of a context
	 * @param refreshInterval the minimum time between two applied batches of changes
	 */
	public ZkConfigClient(CuratorFramework curator, boolean ownsCurator, boolean watching, Duration loadTimeout,
			Duration refreshInterval) {
		this.curator = curator;
		this.ownsCurator = ownsCurator;
		this.watching = watching;
		this.loadTimeout = loadTimeout;
		this.dispatcher = new ChangeDispatcher(refreshInterval, "zkconfig-changes");
	}

	/**
	 * Start loading a context in the background, so that several contexts load at once.
	 * Does nothing if the context is already watched or sources are not live.
	 * @param name the property source name
	 * @param contextPath the absolute znode path of the context
	 */
	public void prepare(String name, String contextPath) {
		if (this.watching) {
			this.watches.computeIfAbsent(contextPath, (path) -> startWatch(name, path));
		}
	}

	/**
	 * Return the property source of a context once its initial load is complete.
	 * @param name the property source name
	 * @param contextPath the absolute znode path of the context
	 * @return the live property source
	 * @throws ContextLoadException if the context cannot be loaded
	 */
	public ZkPropertySource load(String name, String contextPath) {
		if (!this.watching) {
			try (ContextWatch once = startWatch(name, contextPath)) {
				once.awaitInitialLoad(this.loadTimeout);
				return once.propertySource();
			}
		}
		ContextWatch watch = this.watches.computeIfAbsent(contextPath, (path) -> startWatch(name, path));
		try {
			watch.awaitInitialLoad(this.loadTimeout);
		}
		catch (ContextLoadException ex) {
			this.watches.remove(contextPath, watch);
			watch.close();
			throw ex;
		}
		return watch.propertySource();
	}

	private ContextWatch startWatch(String name, String contextPath) {
		ContextWatch watch = new ContextWatch(this.curator, name, contextPath, this.dispatcher::submit);
		watch.start();
		return watch;
	}

	/**
	 * Return the Curator client.
	 * @return the Curator client
	 */
	public CuratorFramework getCurator() {
		return this.curator;
	}

	/**
	 * Return the dispatcher that receives every change of the watched contexts.
	 * @return the dispatcher
	 */
	public ChangeDispatcher getDispatcher() {
		return this.dispatcher;
	}

	@Override
	public void close() {
		this.dispatcher.close();
		this.watches.values().forEach(ContextWatch::close);
		this.watches.clear();
		if (this.ownsCurator) {
			logger.debug("Closing the ZooKeeper configuration client");
			this.curator.close();
		}
	}

}
