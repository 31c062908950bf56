package dev.zkconfig.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.cache.TreeCache;
import org.apache.curator.framework.recipes.cache.TreeCacheEvent;

/**
 * The stock starter for one instance, simulated without Spring: its {@code ConfigWatcher}
 * keeps a {@link TreeCache} on the context (a data watch and a child watch on every
 * znode), and each node event it reports, once the application is ready, refreshes the
 * application: Spring Cloud's {@code ContextRefresher} re-runs the config data loaders,
 * which read the whole context again ({@link StockReload}), on the cache's event thread,
 * one refresh after the other. The instance holds a value once that reload has read it.
 * At startup the loader reads the context once, then the watcher's cache loads; its
 * initial events are ignored, as Spring Cloud ignores refresh requests until the
 * application is ready. Left out: the rebinding and bean re-creation of each refresh,
 * which cost the server nothing, and the other contexts a refresh reads (absent ones cost
 * one request each).
 */
final class StockInstance implements FanOutInstance {

	private final CuratorFramework client;

	private final TreeCache cache;

	private final CountDownLatch initialized = new CountDownLatch(1);

	private volatile boolean ready;

	private volatile String probe = "";

	private StockInstance(CuratorFramework client) {
		this.client = client;
		this.cache = TreeCache.newBuilder(client, BenchZooKeeper.CONTEXT).build();
		this.cache.getListenable().addListener((curator, event) -> onEvent(event));
	}

	static StockInstance open(BenchZooKeeper zk) throws Exception {
		StockInstance instance = new StockInstance(zk.newClient());
		try {
			instance.reload();
			instance.cache.start();
			if (!instance.initialized.await(120, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The stock instance's TreeCache did not load");
			}
			instance.ready = true;
			return instance;
		}
		catch (Exception ex) {
			instance.close();
			throw ex;
		}
	}

	private void onEvent(TreeCacheEvent event) throws Exception {
		switch (event.getType()) {
			case INITIALIZED -> this.initialized.countDown();
			case NODE_ADDED, NODE_UPDATED, NODE_REMOVED -> {
				if (this.ready) {
					reload();
				}
			}
			default -> {
			}
		}
	}

	private void reload() throws Exception {
		String value = StockReload.read(this.client, BenchZooKeeper.CONTEXT).get(BenchApplication.PROBE_KEY);
		this.probe = (value != null) ? value : "";
	}

	@Override
	public String probeValue() {
		return this.probe;
	}

	@Override
	public void close() {
		this.cache.close();
		this.client.close();
	}

}
