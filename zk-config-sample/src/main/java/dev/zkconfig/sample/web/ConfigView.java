package dev.zkconfig.sample.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the page shows, as {@code GET /api/config} returns it and the event stream pushes
 * it. Every value is masked if its key looks secret; rejected changes have no value.
 *
 * @param title the page title ({@code demo.title})
 * @param subtitle the page subtitle ({@code demo.subtitle}), {@code null} if not set
 * @param zooKeeper where the configuration comes from
 * @param beans the current values of the demo beans by kind of bean
 * ({@code refreshScope}, {@code configurationProperties}, {@code environment}), each by
 * property key, {@code null} for a property that is not set
 * @param snapshots the accepted snapshot of each ZooKeeper context, highest precedence
 * first
 * @param keys the properties of the ZooKeeper contexts, highest precedence first
 * @param changes the latest applied changes, newest first
 * @param rejections the changes the application rejected
 */
public record ConfigView(String title, @Nullable String subtitle, ZooKeeper zooKeeper,
		Map<String, Map<String, @Nullable String>> beans, List<Snapshot> snapshots, List<Key> keys,
		List<RecentChange> changes, Rejections rejections) {

	/**
	 * Where the configuration comes from.
	 *
	 * @param connectString the ZooKeeper connection string
	 * @param embedded whether it is the embedded development server
	 * @param context the context the page writes to
	 * @param health the status of zk-config's health indicator
	 * ({@code /actuator/health/zkconfig}), {@code null} without actuator
	 */
	public record ZooKeeper(String connectString, boolean embedded, String context, @Nullable String health) {
	}

	/**
	 * The accepted snapshot of one ZooKeeper context: the configuration the application
	 * uses.
	 *
	 * @param context the context's znode path
	 * @param version the highest zxid the snapshot reflects, in hex
	 * @param acceptedAt when the snapshot was accepted, ISO-8601
	 * @param keys how many properties it holds
	 */
	public record Snapshot(String context, String version, String acceptedAt, int keys) {
	}

	/**
	 * One property in a ZooKeeper context.
	 *
	 * @param key the property key
	 * @param value the value, masked if the key looks secret
	 * @param context the context it is in
	 * @param origin the znode it comes from: its key znode or a document
	 * @param document whether it comes from a document, such as
	 * {@code /config/sample/application.yml}
	 */
	public record Key(String key, String value, String context, String origin, boolean document) {
	}

	/**
	 * The changes the application rejected, which it does not use.
	 *
	 * @param standing the rejections still standing: ZooKeeper holds data for them that
	 * the application does not use, oldest first
	 * @param recent the latest rejections, standing or resolved, newest first
	 */
	public record Rejections(List<RejectedChange> standing, List<RejectedChange> recent) {
	}

}
