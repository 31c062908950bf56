package dev.zkconfig.bench;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.zkconfig.testsupport.EnsemblePorts;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingCluster;
import org.apache.curator.test.TestingServer;
import org.apache.zookeeper.KeeperException;

/**
 * A fresh in-process ZooKeeper server, or ensemble of servers, holding the benchmark's
 * configuration tree, and a Curator client that writes to it.
 * <p>
 * The tree is the context {@code /config/bench} of application {@code bench}: keys
 * {@code keys.k0} ... {@code keys.k<n-1>} with 100-byte values, the probe key
 * {@code probe.value} and {@code app.title}.
 */
final class BenchZooKeeper implements AutoCloseable {

	static final String APPLICATION = "bench";

	static final String CONTEXT = "/config/" + APPLICATION;

	static final String PROBE_PATH = CONTEXT + "/probe/value";

	static final int VALUE_BYTES = 100;

	/**
	 * ZooKeeper's {@code maxClientCnxns} (60 by default): enough for the fan-out
	 * scenario's sessions.
	 */
	private static final int MAX_CONNECTIONS_PER_ADDRESS = 2_000;

	private final Closeable server;

	private final String connectString;

	private final CuratorFramework client;

	BenchZooKeeper() throws Exception {
		this(1);
	}

	/**
	 * Start a standalone server, or an ensemble of that many servers in this JVM
	 * (curator-test's {@link TestingCluster}).
	 * @param servers 1 for a standalone server, 3 for an ensemble
	 */
	BenchZooKeeper(int servers) throws Exception {
		if (servers == 1) {
			TestingServer standalone = new TestingServer(
					new InstanceSpec(null, -1, -1, -1, true, -1, -1, MAX_CONNECTIONS_PER_ADDRESS), true);
			this.server = standalone;
			this.connectString = standalone.getConnectString();
		}
		else {
			InstanceSpec[] specs = new InstanceSpec[servers];
			for (int i = 0; i < servers; i++) {
				// below the ephemeral range: no connection between the servers takes a
				// port picked for one that has not bound it yet
				specs[i] = EnsemblePorts.server(i + 1, MAX_CONNECTIONS_PER_ADDRESS);
			}
			TestingCluster ensemble = new TestingCluster(specs);
			ensemble.start();
			this.server = ensemble;
			this.connectString = ensemble.getConnectString();
		}
		this.client = newClient();
	}

	/** A started Curator client with a session of its own, connected to the server. */
	CuratorFramework newClient() throws InterruptedException {
		CuratorFramework client = CuratorFrameworkFactory.newClient(this.connectString, new RetryOneTime(100));
		client.start();
		if (!client.blockUntilConnected(30, TimeUnit.SECONDS)) {
			client.close();
			throw new IllegalStateException("Could not connect to the in-process ZooKeeper server");
		}
		return client;
	}

	String connectString() {
		return this.connectString;
	}

	CuratorFramework client() {
		return this.client;
	}

	static String keyPath(int index) {
		return CONTEXT + "/keys/k" + index;
	}

	static String key(int index) {
		return "keys.k" + index;
	}

	/** A value of exactly {@link #VALUE_BYTES} ASCII bytes. */
	static String value(int index, String tag) {
		StringBuilder value = new StringBuilder(VALUE_BYTES).append(tag).append('-').append(index).append('-');
		while (value.length() < VALUE_BYTES) {
			value.append('x');
		}
		return value.substring(0, VALUE_BYTES);
	}

	/** Number of znodes of a tree with the given number of keys, the context included. */
	static int nodeCount(int keys) {
		return keys + 6;
	}

	/** Create the tree with pipelined asynchronous writes. */
	void createTree(int keys) throws Exception {
		for (String parent : new String[] { CONTEXT, CONTEXT + "/keys", CONTEXT + "/probe", CONTEXT + "/app" }) {
			this.client.create().creatingParentsIfNeeded().forPath(parent, new byte[0]);
		}
		this.client.create().forPath(PROBE_PATH, bytes("initial"));
		this.client.create().forPath(CONTEXT + "/app/title", bytes("bench"));
		createKeys(CONTEXT + "/keys/k", keys);
	}

	/**
	 * Create {@code keys} znodes {@code <prefix>0} ... with 100-byte values, their parent
	 * too, with pipelined asynchronous writes.
	 * @param prefix the path of each znode but its number
	 * @param keys how many
	 */
	void createKeys(String prefix, int keys) throws Exception {
		String parent = prefix.substring(0, prefix.lastIndexOf('/'));
		if (this.client.checkExists().forPath(parent) == null) {
			this.client.create().creatingParentsIfNeeded().forPath(parent, new byte[0]);
		}
		Semaphore inFlight = new Semaphore(500);
		CountDownLatch done = new CountDownLatch(keys);
		AtomicReference<String> failure = new AtomicReference<>();
		for (int i = 0; i < keys; i++) {
			inFlight.acquire();
			this.client.create().inBackground((curator, event) -> {
				if (event.getResultCode() != KeeperException.Code.OK.intValue()) {
					failure.set(event.getPath() + ": " + KeeperException.Code.get(event.getResultCode()));
				}
				inFlight.release();
				done.countDown();
			}).forPath(prefix + i, bytes(value(i, "v")));
		}
		if (!done.await(120, TimeUnit.SECONDS) || failure.get() != null) {
			throw new IllegalStateException("Could not create the benchmark tree: " + failure.get());
		}
	}

	/** Update a znode and return when the server has acknowledged it. */
	void set(String path, String value) {
		try {
			this.client.setData().forPath(path, bytes(value));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not write " + path, ex);
		}
	}

	static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws Exception {
		this.client.close();
		this.server.close();
	}

}
