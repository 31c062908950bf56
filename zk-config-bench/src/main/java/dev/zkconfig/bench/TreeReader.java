package dev.zkconfig.bench;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.api.CuratorEvent;
import org.apache.zookeeper.KeeperException;

/**
 * The floor of loading a tree: every {@code getChildren} and {@code getData} sent
 * asynchronously, without waiting for earlier answers, so the round trips overlap.
 */
final class TreeReader {

	private final CuratorFramework client;

	private final ConcurrentHashMap<String, byte[]> values = new ConcurrentHashMap<>();

	private final AtomicInteger outstanding = new AtomicInteger();

	private final CountDownLatch done = new CountDownLatch(1);

	private final AtomicReference<String> failure = new AtomicReference<>();

	private TreeReader(CuratorFramework client) {
		this.client = client;
	}

	/** Read every znode below the root and return how many values were read. */
	static int read(CuratorFramework client, String root) throws Exception {
		TreeReader reader = new TreeReader(client);
		reader.visit(root);
		if (!reader.done.await(120, TimeUnit.SECONDS) || reader.failure.get() != null) {
			throw new IllegalStateException("Could not read the tree: " + reader.failure.get());
		}
		return reader.values.size();
	}

	private void visit(String path) throws Exception {
		this.outstanding.addAndGet(2);
		this.client.getData().inBackground(this::onData).forPath(path);
		this.client.getChildren().inBackground(this::onChildren).forPath(path);
	}

	private void onData(CuratorFramework curator, CuratorEvent event) {
		if (check(event)) {
			this.values.put(event.getPath(), (event.getData() != null) ? event.getData() : new byte[0]);
		}
		finished();
	}

	private void onChildren(CuratorFramework curator, CuratorEvent event) throws Exception {
		if (check(event)) {
			String parent = event.getPath().endsWith("/") ? event.getPath() : event.getPath() + "/";
			for (String child : event.getChildren()) {
				visit(parent + child);
			}
		}
		finished();
	}

	private boolean check(CuratorEvent event) {
		if (event.getResultCode() != KeeperException.Code.OK.intValue()) {
			this.failure.set(event.getPath() + ": " + KeeperException.Code.get(event.getResultCode()));
			return false;
		}
		return true;
	}

	private void finished() {
		if (this.outstanding.decrementAndGet() == 0) {
			this.done.countDown();
		}
	}

}
