package dev.zkconfig.sample.web;

import java.util.List;
import java.util.Map;

/**
 * What the page shows, as {@code GET /api/config} returns it and the event stream pushes
 * it. Every value is masked if its key looks secret.
 *
 * @param title the page title ({@code demo.title})
 * @param zooKeeper where the configuration comes from
 * @param beans the current values of the demo beans by kind of bean
 * ({@code refreshScope}, {@code configurationProperties}, {@code environment}), each by
 * property key
 * @param keys the properties of the ZooKeeper contexts, highest precedence first
 * @param changes the latest changes, newest first
 */
public record ConfigView(String title, ZooKeeper zooKeeper, Map<String, Map<String, String>> beans, List<Key> keys,
		List<RecentChange> changes) {

	/**
	 * Where the configuration comes from.
	 *
	 * @param connectString the ZooKeeper connection string
	 * @param embedded whether it is the embedded development server
	 * @param context the context the page writes to
	 */
	public record ZooKeeper(String connectString, boolean embedded, String context) {
	}

	/**
	 * One property in a ZooKeeper context.
	 *
	 * @param key the property key
	 * @param value the value, masked if the key looks secret
	 * @param context the context it is in
	 */
	public record Key(String key, String value, String context) {
	}

}
