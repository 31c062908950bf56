package dev.zkconfig.bench;

import java.time.Duration;

import dev.zkconfig.snapshot.ZNode;
import dev.zkconfig.snapshot.ZNodeTree;
import dev.zkconfig.zookeeper.ZkConfigClient;

/**
 * zk-config's client layer for one instance, as an application's context uses it:
 * {@link ZkConfigClient} watches the context with one persistent recursive watch and
 * keeps a mirror of its znodes, reading only the znode that changed. Each time the mirror
 * settles with changes, the instance takes them, as the starter's snapshot builder does,
 * and keeps the probe's value. What the starter does after that (the guard, the refresh
 * of beans) is left out: it costs the server nothing.
 */
final class ZkConfigInstance implements FanOutInstance {

	private final ZkConfigClient client;

	private final ZNodeTree tree;

	private volatile String probe = "";

	private ZkConfigInstance(ZkConfigClient client, ZNodeTree tree) {
		this.client = client;
		this.tree = tree;
	}

	static ZkConfigInstance open(BenchZooKeeper zk) throws Exception {
		ZkConfigClient client = new ZkConfigClient(zk.newClient(), true);
		try {
			ZkConfigInstance instance = new ZkConfigInstance(client,
					client.awaitSynced(BenchZooKeeper.CONTEXT, Duration.ofSeconds(60)));
			instance.tree.setChangeListener(instance::take);
			instance.take();
			return instance;
		}
		catch (RuntimeException ex) {
			client.close();
			throw ex;
		}
	}

	private void take() {
		String value = this.tree.takeSettled((view) -> {
			ZNode node = view.get(BenchZooKeeper.PROBE_PATH);
			return (node != null && node.text() != null) ? node.text() : "";
		});
		if (value != null) {
			this.probe = value;
		}
	}

	@Override
	public String probeValue() {
		return this.probe;
	}

	@Override
	public void close() {
		this.client.close();
	}

}
