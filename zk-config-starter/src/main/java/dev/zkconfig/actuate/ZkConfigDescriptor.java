package dev.zkconfig.actuate;

import java.time.Instant;
import java.util.List;

import dev.zkconfig.guard.Rejection;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * What the {@code zkconfig} endpoint shows: the connection, each context's accepted
 * snapshot, the rejected changes and the recent changes.
 *
 * @param connection the connection to ZooKeeper
 * @param contexts the configuration contexts, highest precedence first
 * @param rejections the rejected changes
 * @param changes the most recent applied changes, newest first
 */
public record ZkConfigDescriptor(Connection connection, List<Context> contexts, Rejections rejections,
		List<Change> changes) implements OperationResponseBody {

	/**
	 * The connection to ZooKeeper.
	 *
	 * @param connected whether the client is connected
	 * @param since when it last connected or lost its connection
	 * @param connectString the servers, {@code null} if they cannot be told
	 */
	public record Connection(boolean connected, Instant since, @Nullable String connectString) {
	}

	/**
	 * A context and its accepted snapshot.
	 *
	 * @param name the property source name
	 * @param path the context's znode path
	 * @param keys how many properties it has
	 * @param zxid the snapshot's version, the highest zxid it reflects, in hex
	 * @param acceptedAt when the snapshot was accepted
	 * @param servedFrom {@code zookeeper} or {@code local-snapshot}
	 * @param snapshotFile the local snapshot file, {@code null} if it is not written
	 * @param lastSync when the context last matched ZooKeeper, {@code null} if never
	 */
	public record Context(String name, String path, int keys, String zxid, Instant acceptedAt, String servedFrom,
			@Nullable String snapshotFile, @Nullable Instant lastSync) {
	}

	/**
	 * The rejected changes.
	 *
	 * @param standing those whose znodes ZooKeeper still holds
	 * @param recent the most recent, whether they still stand or not, newest first
	 */
	public record Rejections(List<Rejection> standing, List<Rejection> recent) {
	}

	/**
	 * An applied change.
	 *
	 * @param key the key
	 * @param context the context's znode path
	 * @param kind added, updated or removed
	 * @param oldValue the value before, hidden unless values are shown; {@code null} if
	 * the key was added
	 * @param newValue the value after, hidden unless values are shown; {@code null} if
	 * the key was removed
	 * @param zxid the zxid of the snapshot that holds it, in hex
	 * @param appliedAt when it was applied
	 * @param refreshMillis how long the refresh that applied it took
	 * @param beans the beans that refresh touched
	 */
	public record Change(String key, String context, String kind, @Nullable Object oldValue, @Nullable Object newValue,
			String zxid, Instant appliedAt, double refreshMillis, List<String> beans) {
	}

}
