package dev.zkconfig.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.zkconfig.apply.AppliedChanges;
import dev.zkconfig.apply.ChangeListener;
import dev.zkconfig.guard.Rejection;
import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.snapshot.ConfigContexts;
import dev.zkconfig.snapshot.ZNodeTree.SyncPoint;
import dev.zkconfig.zookeeper.ZkConfigClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * zk-config's meters:
 * <ul>
 * <li>{@code zkconfig.refresh}: timer, how long applying a round of changes to the beans
 * took;</li>
 * <li>{@code zkconfig.changes}: counter of changed keys, tag {@code outcome}
 * ({@code applied}, {@code rejected});</li>
 * <li>{@code zkconfig.propagation}: timer, from a znode's {@code mtime} (ZooKeeper's
 * clock) to the change being applied (this JVM's clock), so skewed clocks skew it;</li>
 * <li>{@code zkconfig.keys}: gauge, tag {@code context}, how many properties each context
 * serves;</li>
 * <li>{@code zkconfig.connection}: gauge, 1 while connected to ZooKeeper, else 0;</li>
 * <li>{@code zkconfig.staleness}: gauge, seconds since the configuration last matched
 * ZooKeeper, 0 while connected.</li>
 * </ul>
 */
public class ZkConfigMetrics implements MeterBinder, ChangeListener {

	private final ZkConfigClient client;

	private final ConfigContexts contexts;

	private final Instant started = Instant.now();

	/** The meters of changes, once bound: all four at once. */
	private volatile @Nullable ChangeMeters meters;

	/**
	 * Create the meters' binder.
	 * @param client the configuration client
	 * @param contexts the configuration contexts
	 */
	public ZkConfigMetrics(ZkConfigClient client, ConfigContexts contexts) {
		this.client = client;
		this.contexts = contexts;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Timer refresh = Timer.builder("zkconfig.refresh")
			.description("Time to apply a round of ZooKeeper configuration changes to the beans")
			.register(registry);
		Timer propagation = Timer.builder("zkconfig.propagation")
			.description("Time from a znode change (its mtime, ZooKeeper's clock) to the change being applied")
			.register(registry);
		this.meters = new ChangeMeters(refresh, propagation, changes(registry, "applied"),
				changes(registry, "rejected"));
		for (ConfigContext context : this.contexts.getAll()) {
			Gauge.builder("zkconfig.keys", context, (each) -> each.getAccepted().getProperties().size())
				.description("Properties a ZooKeeper configuration context serves")
				.tag("context", context.getContextPath())
				.register(registry);
		}
		Gauge.builder("zkconfig.connection", this.client, (each) -> each.getStatus().isConnected() ? 1 : 0)
			.description("Whether the configuration client is connected to ZooKeeper")
			.register(registry);
		Gauge.builder("zkconfig.staleness", this, ZkConfigMetrics::staleness)
			.description("Seconds since the configuration last matched ZooKeeper; 0 while connected")
			.baseUnit("seconds")
			.register(registry);
	}

	private static Counter changes(MeterRegistry registry, String outcome) {
		return Counter.builder("zkconfig.changes")
			.description("Changed ZooKeeper configuration keys")
			.tag("outcome", outcome)
			.register(registry);
	}

	@Override
	public void applied(AppliedChanges applied) {
		ChangeMeters meters = this.meters;
		if (meters == null) {
			return;
		}
		meters.refresh().record(applied.duration());
		meters.applied().increment(applied.changes().size());
		if (applied.modifiedAt() != null) {
			Duration delay = Duration.between(applied.modifiedAt(), applied.appliedAt());
			if (!delay.isNegative()) {
				meters.propagation().record(delay);
			}
		}
	}

	@Override
	public void rejected(String contextPath, List<Rejection> rejections) {
		ChangeMeters meters = this.meters;
		if (meters != null) {
			meters.rejected().increment(rejections.size());
		}
	}

	private double staleness() {
		if (this.client.getStatus().isConnected()) {
			return 0;
		}
		Instant lastMatched = null;
		for (ConfigContext context : this.contexts.getAll()) {
			SyncPoint lastSync = context.getTree().getLastSync();
			Instant time = (lastSync != null) ? lastSync.time() : context.getAccepted().getAcceptedAt();
			if (lastMatched == null || time.isAfter(lastMatched)) {
				lastMatched = time;
			}
		}
		Instant since = (lastMatched != null && lastMatched.isAfter(Instant.EPOCH)) ? lastMatched : this.started;
		return Duration.between(since, Instant.now()).toMillis() / 1000.0;
	}

	private record ChangeMeters(Timer refresh, Timer propagation, Counter applied, Counter rejected) {
	}

}
