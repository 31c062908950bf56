package dev.zkconfig.sample.web;

import java.util.ArrayList;
import java.util.List;

import dev.zkconfig.actuate.ZkConfigHealthIndicator;
import dev.zkconfig.embedded.EmbeddedZooKeeper;
import dev.zkconfig.sample.config.ConfigWriter;
import dev.zkconfig.snapshot.ConfigSnapshot;
import dev.zkconfig.snapshot.DocumentParser;
import dev.zkconfig.snapshot.ZNodeKeys;
import dev.zkconfig.source.ZkPropertySource;
import dev.zkconfig.support.SecretValues;
import org.apache.curator.framework.CuratorFramework;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Reads what the application uses of ZooKeeper: the server, and the accepted snapshot of
 * each context, with its version and the znode each key comes from.
 */
@Component
public class ContextReader {

	private final ConfigurableEnvironment environment;

	private final CuratorFramework curator;

	private final ObjectProvider<EmbeddedZooKeeper> embedded;

	private final ConfigWriter writer;

	private final ObjectProvider<ZkConfigHealthIndicator> health;

	private final SecretValues secrets;

	public ContextReader(ConfigurableEnvironment environment, CuratorFramework curator,
			ObjectProvider<EmbeddedZooKeeper> embedded, ConfigWriter writer,
			ObjectProvider<ZkConfigHealthIndicator> health, SecretValues secrets) {
		this.environment = environment;
		this.curator = curator;
		this.embedded = embedded;
		this.writer = writer;
		this.health = health;
		this.secrets = secrets;
	}

	/**
	 * Return where the configuration comes from.
	 * @return the server and the context the page writes to
	 */
	public ConfigView.ZooKeeper zooKeeper() {
		ZkConfigHealthIndicator indicator = this.health.getIfAvailable();
		String status = (indicator != null) ? indicator.health().getStatus().getCode() : null;
		return new ConfigView.ZooKeeper(this.curator.getZookeeperClient().getCurrentConnectionString(),
				this.embedded.getIfAvailable() != null, this.writer.getContextPath(), status);
	}

	/**
	 * Return the accepted snapshot of each context, highest precedence first.
	 * @return the snapshots
	 */
	public List<ConfigView.Snapshot> snapshots() {
		List<ConfigView.Snapshot> snapshots = new ArrayList<>();
		for (ConfigSnapshot snapshot : accepted()) {
			snapshots.add(new ConfigView.Snapshot(snapshot.getContextPath(), Versions.hex(snapshot.getZxid()),
					snapshot.getAcceptedAt().toString(), snapshot.getProperties().size()));
		}
		return snapshots;
	}

	/**
	 * Return the properties of the contexts, highest precedence first, values masked if
	 * their keys look secret.
	 * @return the properties
	 */
	public List<ConfigView.Key> keys() {
		List<ConfigView.Key> keys = new ArrayList<>();
		for (ConfigSnapshot snapshot : accepted()) {
			for (String key : snapshot.getNames()) {
				String value = snapshot.get(key);
				String origin = snapshot.getOrigin(key);
				if (value != null && origin != null) {
					keys.add(new ConfigView.Key(key, this.secrets.mask(key, value), snapshot.getContextPath(), origin,
							isDocument(snapshot.getContextPath(), origin)));
				}
			}
		}
		return keys;
	}

	// one snapshot per context, so that a key and its origin are read from the same
	// version
	private List<ConfigSnapshot> accepted() {
		List<ConfigSnapshot> snapshots = new ArrayList<>();
		for (PropertySource<?> source : this.environment.getPropertySources()) {
			if (source instanceof ZkPropertySource zkSource) {
				snapshots.add(zkSource.getSnapshot());
			}
		}
		return snapshots;
	}

	private static boolean isDocument(String contextPath, String origin) {
		return ZNodeKeys.parentOf(origin).equals(contextPath) && DocumentParser.isDocument(ZNodeKeys.nameOf(origin));
	}

}
