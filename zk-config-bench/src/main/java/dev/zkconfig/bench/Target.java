package dev.zkconfig.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.cache.CuratorCache;
import org.apache.curator.framework.recipes.cache.CuratorCacheListener;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The measured thing of one contender, running against the benchmark tree: the
 * application with one of the starters, or a bare {@link CuratorCache} for the floor.
 */
final class Target implements AutoCloseable {

	private final AutoCloseable resource;

	private final Observer observer;

	private final ConfigurableApplicationContext context;

	private Target(AutoCloseable resource, Observer observer, ConfigurableApplicationContext context) {
		this.resource = resource;
		this.observer = observer;
		this.context = context;
	}

	/**
	 * Start the contender.
	 * @param settle whether to keep the stock starter's startup storm out
	 */
	static Target open(Contender contender, BenchZooKeeper zk, int keys, boolean settle) throws Exception {
		if (contender == Contender.FLOOR) {
			CuratorFramework client = zk.newClient();
			CuratorCache cache = CuratorCache.build(client, BenchZooKeeper.CONTEXT);
			CountDownLatch initialized = new CountDownLatch(1);
			cache.listenable()
				.addListener(CuratorCacheListener.builder().forInitialized(initialized::countDown).build());
			cache.start();
			if (!initialized.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The floor's cache did not load");
			}
			return new Target(() -> {
				cache.close();
				client.close();
			}, Observer.of(cache), null);
		}
		String settling = settle ? BenchApps.settleStockWatcher(contender, keys) : "bench.no-settle=true";
		ConfigurableApplicationContext context = BenchApps.start(contender, zk.connectString(), settling);
		return new Target(context, Observer.of(context), context);
	}

	Observer observer() {
		return this.observer;
	}

	/** The application context, {@code null} for the floor. */
	ConfigurableApplicationContext context() {
		return this.context;
	}

	/**
	 * Wait until no refresh has happened for a while, so the next measurement starts
	 * idle.
	 */
	void awaitIdle(Duration quiet, Duration cap) throws InterruptedException {
		if (this.context != null) {
			this.context.getBean(BenchApplication.RefreshCounter.class).awaitQuiet(quiet, cap);
		}
	}

	@Override
	public void close() throws Exception {
		this.resource.close();
	}

}
