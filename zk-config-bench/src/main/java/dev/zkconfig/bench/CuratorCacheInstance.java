package dev.zkconfig.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.cache.CuratorCache;
import org.apache.curator.framework.recipes.cache.CuratorCacheListener;

/**
 * The floor of one instance: a bare {@link CuratorCache}, which also keeps one persistent
 * recursive watch and reads the znode that changed.
 */
final class CuratorCacheInstance implements FanOutInstance {

	private final CuratorFramework client;

	private final CuratorCache cache;

	private final Observer observer;

	private CuratorCacheInstance(CuratorFramework client, CuratorCache cache) {
		this.client = client;
		this.cache = cache;
		this.observer = Observer.of(cache);
	}

	static CuratorCacheInstance open(BenchZooKeeper zk) throws Exception {
		CuratorFramework client = zk.newClient();
		CuratorCache cache = CuratorCache.build(client, BenchZooKeeper.CONTEXT);
		CountDownLatch initialized = new CountDownLatch(1);
		cache.listenable().addListener(CuratorCacheListener.builder().forInitialized(initialized::countDown).build());
		cache.start();
		if (!initialized.await(60, TimeUnit.SECONDS)) {
			cache.close();
			client.close();
			throw new IllegalStateException("The floor's cache did not load");
		}
		return new CuratorCacheInstance(client, cache);
	}

	@Override
	public String probeValue() {
		return this.observer.valueOf().apply(BenchApplication.PROBE_KEY);
	}

	@Override
	public void close() {
		this.cache.close();
		this.client.close();
	}

}
