package dev.zkconfig.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;

/**
 * The stock starter's load of a context, request for request: what
 * {@code ZookeeperPropertySource} (spring-cloud-zookeeper-config 5.0) does each time
 * Spring Cloud's {@code ContextRefresher} re-runs the config data loaders. It lists the
 * context's children, then for each child, one after the other and synchronously, lists
 * its children and reads its data; a child with children is walked the same way.
 */
final class StockReload {

	private StockReload() {
	}

	/** Read a context whole and return its properties by key. */
	static Map<String, String> read(CuratorFramework client, String context) throws Exception {
		Map<String, String> properties = new LinkedHashMap<>();
		find(client, context, context, properties);
		return properties;
	}

	private static void find(CuratorFramework client, String context, String path, Map<String, String> properties)
			throws Exception {
		List<String> children = children(client, path);
		for (String child : children) {
			String childPath = path + "/" + child;
			List<String> grandChildren = children(client, childPath);
			byte[] data = data(client, childPath);
			if (grandChildren.isEmpty()) {
				properties.put(key(context, childPath), (data != null) ? new String(data, StandardCharsets.UTF_8) : "");
			}
			else {
				if (data != null && data.length > 0) {
					properties.put(key(context, childPath), new String(data, StandardCharsets.UTF_8));
				}
				find(client, context, childPath, properties);
			}
		}
	}

	private static String key(String context, String path) {
		return path.substring(context.length() + 1).replace('/', '.');
	}

	private static List<String> children(CuratorFramework client, String path) throws Exception {
		try {
			return client.getChildren().forPath(path);
		}
		catch (KeeperException.NoNodeException ex) {
			return List.of();
		}
	}

	private static byte[] data(CuratorFramework client, String path) throws Exception {
		try {
			return client.getData().forPath(path);
		}
		catch (KeeperException.NoNodeException ex) {
			return null;
		}
	}

}
