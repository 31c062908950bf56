package dev.zkconfig.actuate;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.zkconfig.guard.Rejections;
import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.snapshot.ConfigContexts;
import dev.zkconfig.snapshot.ConfigSnapshot;
import dev.zkconfig.snapshot.ZNodeTree.SyncPoint;
import dev.zkconfig.zookeeper.ConnectionStatus;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The health of the application's ZooKeeper configuration: {@code UP} while the client is
 * connected and the contexts follow ZooKeeper; while it serves snapshots instead (the
 * client is disconnected, or a context is served from its local snapshot file), the
 * status {@code zkconfig.health.snapshot-status} says, {@code UP} by default. The details
 * name the connection, each context's version and how long ago it last matched ZooKeeper,
 * and the standing rejections. It is not meant for a liveness probe: a ZooKeeper outage
 * is no reason to restart the application.
 */
public class ZkConfigHealthIndicator extends AbstractHealthIndicator {

	private final ZkConfigClient client;

	private final ConfigContexts contexts;

	private final Rejections rejections;

	private final Status snapshotStatus;

	/**
	 * Create the indicator.
	 * @param client the configuration client
	 * @param contexts the configuration contexts
	 * @param rejections the recorded rejections
	 * @param snapshotStatus the status while snapshots are served instead of ZooKeeper
	 */
	public ZkConfigHealthIndicator(ZkConfigClient client, ConfigContexts contexts, Rejections rejections,
			Status snapshotStatus) {
		super("ZooKeeper configuration health check failed");
		this.client = client;
		this.contexts = contexts;
		this.rejections = rejections;
		this.snapshotStatus = snapshotStatus;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		ConnectionStatus status = this.client.getStatus();
		boolean fromFiles = false;
		Map<String, Object> contexts = new LinkedHashMap<>();
		for (ConfigContext context : this.contexts.getAll()) {
			ConfigSnapshot snapshot = context.getAccepted();
			fromFiles |= snapshot.getOrigin() == ConfigSnapshot.Origin.LOCAL_FILE;
			Map<String, @Nullable Object> details = new LinkedHashMap<>();
			details.put("zxid", "0x" + Long.toHexString(snapshot.getZxid()));
			details.put("servedFrom",
					(snapshot.getOrigin() == ConfigSnapshot.Origin.LOCAL_FILE) ? "local-snapshot" : "zookeeper");
			SyncPoint lastSync = context.getTree().getLastSync();
			details.put("lastSyncAgeSeconds",
					(lastSync != null) ? Duration.between(lastSync.time(), Instant.now()).toSeconds() : null);
			contexts.put(context.getContextPath(), details);
		}
		boolean followsZooKeeper = status.isConnected() && !fromFiles;
		builder.status(followsZooKeeper ? Status.UP : this.snapshotStatus)
			.withDetail("connected", status.isConnected())
			.withDetail("since", status.getSince())
			.withDetail("contexts", contexts)
			.withDetail("standingRejections", this.rejections.getStanding().size());
		if (!followsZooKeeper) {
			builder.withDetail("servedFrom",
					fromFiles ? "local snapshot files" : "the last accepted snapshots, until ZooKeeper is back");
		}
	}

}
