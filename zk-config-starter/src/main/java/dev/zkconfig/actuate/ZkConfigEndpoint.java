package dev.zkconfig.actuate;

import java.util.ArrayList;
import java.util.List;

import dev.zkconfig.apply.ChangeHistory;
import dev.zkconfig.guard.ConfigurationPropertiesIndex;
import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.guard.ValueInjection;
import dev.zkconfig.localfile.LocalSnapshots;
import dev.zkconfig.snapshot.ConfigChange;
import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.snapshot.ConfigSnapshot;
import dev.zkconfig.snapshot.ZNodeTree.SyncPoint;
import dev.zkconfig.source.ZkPropertySource;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.Sanitizer;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * The {@code zkconfig} endpoint: each configuration context with its accepted snapshot,
 * the connection, the rejected and the recent changes; and for one key, where it comes
 * from, its history and the beans that read it. Values are hidden unless
 * {@code management.endpoint.zkconfig.show-values} shows them, and then pass through the
 * application's {@link SanitizingFunction}s, zk-config's secret-key rules among them.
 */
@Endpoint(id = "zkconfig")
public class ZkConfigEndpoint {

	private final ConfigurableEnvironment environment;

	private final ZkConfigClient client;

	private final Rejections rejections;

	private final ChangeHistory history;

	private final KeyIndex values;

	private final ConfigurationPropertiesIndex properties;

	private final @Nullable LocalSnapshots localSnapshots;

	private final Sanitizer sanitizer;

	private final Show showValues;

	/**
	 * Create the endpoint.
	 * @param environment the environment, whose sources give the contexts' precedence
	 * @param client the configuration client
	 * @param rejections the recorded rejections
	 * @param history the recent changes
	 * @param values the {@code @Value} injections
	 * @param properties the {@code @ConfigurationProperties} beans
	 * @param localSnapshots where the local snapshots are written, {@code null} if they
	 * are not
	 * @param sanitizingFunctions the application's sanitizing functions
	 * @param showValues when to show values
	 */
	public ZkConfigEndpoint(ConfigurableEnvironment environment, ZkConfigClient client, Rejections rejections,
			ChangeHistory history, KeyIndex values, ConfigurationPropertiesIndex properties,
			@Nullable LocalSnapshots localSnapshots, Iterable<SanitizingFunction> sanitizingFunctions,
			Show showValues) {
		this.environment = environment;
		this.client = client;
		this.rejections = rejections;
		this.history = history;
		this.values = values;
		this.properties = properties;
		this.localSnapshots = localSnapshots;
		this.sanitizer = new Sanitizer(sanitizingFunctions);
		this.showValues = showValues;
	}

	@ReadOperation
	public ZkConfigDescriptor zkconfig() {
		return describe(this.showValues.isShown(true));
	}

	@ReadOperation
	public ZkConfigKeyDescriptor zkconfigKey(@Selector String key) {
		return describe(key, this.showValues.isShown(true));
	}

	ZkConfigDescriptor describe(boolean showUnsanitized) {
		List<ZkConfigDescriptor.Context> contexts = new ArrayList<>();
		for (ZkPropertySource source : sources()) {
			ConfigContext context = source.getSource();
			ConfigSnapshot snapshot = context.getAccepted();
			SyncPoint lastSync = context.getTree().getLastSync();
			contexts.add(
					new ZkConfigDescriptor.Context(context.getName(), context.getContextPath(),
							snapshot.getProperties().size(), hex(snapshot.getZxid()), snapshot.getAcceptedAt(),
							(snapshot.getOrigin() == ConfigSnapshot.Origin.LOCAL_FILE) ? "local-snapshot" : "zookeeper",
							(this.localSnapshots != null)
									? this.localSnapshots.fileOf(context.getContextPath()).toString() : null,
							(lastSync != null) ? lastSync.time() : null));
		}
		ZkConfigDescriptor.Connection connection = new ZkConfigDescriptor.Connection(
				this.client.getStatus().isConnected(), this.client.getStatus().getSince(), connectString());
		List<ZkConfigDescriptor.Change> changes = new ArrayList<>();
		this.history.getRecent().forEach((entry) -> changes.add(change(entry, showUnsanitized)));
		return new ZkConfigDescriptor(connection, contexts,
				new ZkConfigDescriptor.Rejections(this.rejections.getStanding(), this.rejections.getRecent()), changes);
	}

	ZkConfigKeyDescriptor describe(String key, boolean showUnsanitized) {
		List<ZkConfigKeyDescriptor.Source> sources = new ArrayList<>();
		for (ZkPropertySource source : sources()) {
			ConfigSnapshot snapshot = source.getSnapshot();
			String value = snapshot.get(key);
			String origin = snapshot.getOrigin(key);
			if (value != null && origin != null) {
				sources.add(new ZkConfigKeyDescriptor.Source(source.getContextPath(), origin,
						sanitize(source, key, value, showUnsanitized)));
			}
		}
		List<ZkConfigDescriptor.Change> changes = new ArrayList<>();
		this.history.getRecent()
			.stream()
			.filter((entry) -> entry.change().key().equals(key))
			.forEach((entry) -> changes.add(change(entry, showUnsanitized)));
		List<String> injections = new ArrayList<>();
		for (ValueInjection injection : this.values.reading(List.of(key))) {
			injections.add(injection.describe());
		}
		List<String> beans = this.properties.concerning(ConfigurationPropertiesIndex.adapt(List.of(key)));
		Object value = this.environment.getProperty(key);
		return new ZkConfigKeyDescriptor(key, (value != null) ? sanitize(null, key, value, showUnsanitized) : null,
				sources, changes, new ZkConfigKeyDescriptor.ReadBy(injections, beans));
	}

	private ZkConfigDescriptor.Change change(ChangeHistory.Entry entry, boolean showUnsanitized) {
		ConfigChange change = entry.change();
		return new ZkConfigDescriptor.Change(change.key(), change.context(), change.kind().name().toLowerCase(),
				sanitize(null, change.key(), change.oldValue(), showUnsanitized),
				sanitize(null, change.key(), change.newValue(), showUnsanitized), hex(change.zxid()), entry.appliedAt(),
				entry.refreshDuration().toNanos() / 1_000_000.0, List.copyOf(entry.beans()));
	}

	private @Nullable Object sanitize(@Nullable PropertySource<?> source, String key, @Nullable Object value,
			boolean showUnsanitized) {
		if (value == null) {
			return null;
		}
		return this.sanitizer.sanitize(new SanitizableData(source, key, value), showUnsanitized);
	}

	private List<ZkPropertySource> sources() {
		List<ZkPropertySource> sources = new ArrayList<>();
		for (PropertySource<?> source : this.environment.getPropertySources()) {
			if (source instanceof ZkPropertySource zkSource) {
				sources.add(zkSource);
			}
		}
		return sources;
	}

	private @Nullable String connectString() {
		try {
			return this.client.getCurator().getZookeeperClient().getCurrentConnectionString();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String hex(long zxid) {
		return "0x" + Long.toHexString(zxid);
	}

}
