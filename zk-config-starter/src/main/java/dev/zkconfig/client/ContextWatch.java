package dev.zkconfig.client;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.zkconfig.refresh.ConfigChange;
import dev.zkconfig.source.ContextStore;
import dev.zkconfig.source.PropertyChangeListener;
import dev.zkconfig.source.ZkPropertySource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.curator.framework.CuratorFramework;

/**
 * Keeps one configuration context in memory with a {@link TreeSync} (a persistent
 * recursive watch) and reports each property change after the initial load. The watch is
 * set before the first read, so no change is missed between loading and watching; and
 * nothing reads the store before the initial load completes, so changes before that
 * moment need no report.
 */
final class ContextWatch implements PropertyChangeListener, AutoCloseable {

	private static final Log logger = LogFactory.getLog(ContextWatch.class);

	private final ContextStore store;

	private final ZkPropertySource propertySource;

	private final TreeSync sync;

	private final Consumer<ConfigChange> changes;

	private final CountDownLatch initialized = new CountDownLatch(1);

	private volatile Exception loadFailure;

	ContextWatch(CuratorFramework curator, String name, String contextPath, Consumer<ConfigChange> changes) {
		this.store = new ContextStore(contextPath, this);
		this.propertySource = new ZkPropertySource(name, this.store);
		this.changes = changes;
		this.sync = new TreeSync(curator, contextPath, this.store, this.initialized::countDown, this::onError);
	}

	void start() {
		this.sync.start();
	}

	/**
	 * Wait until the initial load is complete.
	 * @param timeout how long to wait
	 * @throws ContextLoadException if the load failed or did not complete in time
	 */
	void awaitInitialLoad(Duration timeout) {
		try {
			if (!this.initialized.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ContextLoadException(contextPath(), "the initial load did not complete within " + timeout
						+ " (" + this.store.size() + " znodes read so far)", null);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ContextLoadException(contextPath(), "interrupted while loading", ex);
		}
		Exception failure = this.loadFailure;
		if (failure != null) {
			throw new ContextLoadException(contextPath(), failure.toString(), failure);
		}
	}

	ZkPropertySource propertySource() {
		return this.propertySource;
	}

	String contextPath() {
		return this.store.getContextPath();
	}

	@Override
	public void propertyChanged(String key, String oldValue, String newValue) {
		if (this.initialized.getCount() == 0) {
			this.changes.accept(new ConfigChange(contextPath(), key, oldValue, newValue));
		}
	}

	private void onError(Exception ex) {
		if (this.initialized.getCount() > 0) {
			this.loadFailure = ex;
			this.initialized.countDown();
		}
		logger.error("Error watching ZooKeeper configuration context " + contextPath(), ex);
	}

	@Override
	public void close() {
		this.sync.close();
	}

}
