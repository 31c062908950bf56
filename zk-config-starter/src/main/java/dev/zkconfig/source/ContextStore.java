package dev.zkconfig.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.curator.framework.recipes.cache.ChildData;
import org.apache.zookeeper.data.Stat;

/**
 * The znodes of one configuration context, held once in memory as properties.
 * <p>
 * The client's watch writes it and {@link ZkPropertySource} reads it, so a znode change is
 * visible to the {@code Environment} as soon as it has been read. Every znode below the context is
 * a property whose key is its path relative to the context with {@code /} replaced by
 * {@code .}, and whose value is its data read as UTF-8. A znode with empty data is the
 * empty string while it has no children, and no property while it has some.
 * <p>
 * Each change of a property's visible value is reported, as it happens and in order, to the
 * {@link PropertyChangeListener} given at construction.
 * <p>
 * When two znodes map to the same key (for example {@code server/port} and
 * {@code server.port}), the one stored first wins and the other takes over if the first is
 * deleted.
 */
public final class ContextStore {

	private static final String[] NO_NAMES = {};

	private final String contextPath;

	private final String prefix;

	private final Map<String, Node> nodesByKey = new ConcurrentHashMap<>();

	private final Map<String, Integer> childCounts = new ConcurrentHashMap<>();

	/** Znodes whose key is held by another znode; rare, so a plain map under the lock. */
	private final Map<String, Node> shadowed = new HashMap<>();

	private final Object writeLock = new Object();

	private volatile Node contextNode;

	private volatile String[] propertyNames = NO_NAMES;

	private volatile boolean namesStale;

	private final PropertyChangeListener listener;

	/**
	 * Create a store for the context at the given absolute path.
	 * @param contextPath the context's znode path, such as {@code /config/application}
	 * @param listener told of every change of a property's value
	 */
	public ContextStore(String contextPath, PropertyChangeListener listener) {
		this.contextPath = contextPath;
		this.prefix = contextPath + "/";
		this.listener = listener;
	}

	/**
	 * Return the absolute path of this store's context.
	 * @return the context path
	 */
	public String getContextPath() {
		return this.contextPath;
	}

	/**
	 * Return the property key a znode path maps to.
	 * @param path an absolute znode path below the context
	 * @return the key, or {@code null} for the context node itself or a path outside it
	 */
	public String keyOf(String path) {
		if (!path.startsWith(this.prefix) || path.length() == this.prefix.length()) {
			return null;
		}
		return path.substring(this.prefix.length()).replace('/', '.');
	}

	/**
	 * Return the value of a property, or {@code null} if this context has none.
	 * @param key the property key
	 * @return the value or {@code null}
	 */
	public String getValue(String key) {
		Node node = this.nodesByKey.get(key);
		if (node == null || !isProperty(node, key)) {
			return null;
		}
		return node.value;
	}

	/**
	 * Return the keys of all properties of this context.
	 * @return the keys; callers must not modify the array
	 */
	public String[] getPropertyNames() {
		if (this.namesStale) {
			synchronized (this.writeLock) {
				if (this.namesStale) {
					List<String> names = new ArrayList<>(this.nodesByKey.size());
					this.nodesByKey.forEach((key, node) -> {
						if (isProperty(node, key)) {
							names.add(key);
						}
					});
					this.propertyNames = names.toArray(NO_NAMES);
					this.namesStale = false;
				}
			}
		}
		return this.propertyNames;
	}

	private boolean isProperty(Node node, String key) {
		return !node.value.isEmpty() || !this.childCounts.containsKey(pathOf(key, node));
	}

	/**
	 * Store a znode read from ZooKeeper.
	 * @param data the znode's path, data and stat
	 * @return the node it replaced, if any
	 */
	public Optional<ChildData> put(ChildData data) {
		return put(data, 0);
	}

	/**
	 * Store a znode read from ZooKeeper during a sync.
	 * @param data the znode's path, data and stat
	 * @param generation the sync the read belongs to, see {@link #removeOlderThan(int)}
	 * @return the node it replaced, if any
	 */
	public Optional<ChildData> put(ChildData data, int generation) {
		String path = data.getPath();
		synchronized (this.writeLock) {
			if (path.equals(this.contextPath)) {
				Node previous = this.contextNode;
				this.contextNode = new Node(null, data, generation);
				return toChildData(path, previous);
			}
			String key = keyOf(path);
			if (key == null) {
				return Optional.empty();
			}
			String parentKey = keyOf(parentOf(path));
			String valueBefore = getValue(key);
			String parentValueBefore = (parentKey != null) ? getValue(parentKey) : null;
			Node node = new Node(canonicalPath(key).equals(path) ? null : path, data, generation);
			Node holder = this.nodesByKey.get(key);
			Node previous;
			if (holder == null || pathOf(key, holder).equals(path)) {
				previous = this.nodesByKey.put(key, node);
			}
			else {
				previous = this.shadowed.put(path, node);
			}
			if (previous == null) {
				this.childCounts.merge(parentOf(path), 1, Integer::sum);
			}
			if (previous == null || previous.value.isEmpty() != node.value.isEmpty()) {
				this.namesStale = true;
			}
			report(key, valueBefore, parentKey, parentValueBefore);
			return toChildData(path, previous);
		}
	}

	/**
	 * Drop a znode that no longer exists.
	 * @param path its path
	 * @return the node removed, if any
	 */
	public Optional<ChildData> remove(String path) {
		synchronized (this.writeLock) {
			if (path.equals(this.contextPath)) {
				Node previous = this.contextNode;
				this.contextNode = null;
				return toChildData(path, previous);
			}
			String key = keyOf(path);
			if (key == null) {
				return Optional.empty();
			}
			String parentKey = keyOf(parentOf(path));
			String valueBefore = getValue(key);
			String parentValueBefore = (parentKey != null) ? getValue(parentKey) : null;
			Node previous = this.shadowed.remove(path);
			if (previous == null) {
				Node holder = this.nodesByKey.get(key);
				if (holder == null || !pathOf(key, holder).equals(path)) {
					return Optional.empty();
				}
				previous = this.nodesByKey.remove(key);
				promoteShadowed(key);
			}
			this.childCounts.computeIfPresent(parentOf(path), (parent, count) -> (count > 1) ? count - 1 : null);
			this.namesStale = true;
			report(key, valueBefore, parentKey, parentValueBefore);
			return toChildData(path, previous);
		}
	}

	/** Report the key's change and its parent's: a parent with empty data shows only while childless. */
	private void report(String key, String valueBefore, String parentKey, String parentValueBefore) {
		reportIfChanged(key, valueBefore);
		if (parentKey != null) {
			reportIfChanged(parentKey, parentValueBefore);
		}
	}

	private void reportIfChanged(String key, String valueBefore) {
		String valueAfter = getValue(key);
		if (!Objects.equals(valueBefore, valueAfter)) {
			this.listener.propertyChanged(key, valueBefore, valueAfter);
		}
	}

	private void promoteShadowed(String key) {
		if (this.shadowed.isEmpty()) {
			return;
		}
		this.shadowed.entrySet()
			.stream()
			.filter((entry) -> key.equals(keyOf(entry.getKey())))
			.findFirst()
			.ifPresent((entry) -> {
				this.shadowed.remove(entry.getKey());
				this.nodesByKey.put(key, entry.getValue());
			});
	}

	/**
	 * Drop every znode last stored by a sync older than the given one: a full read of the
	 * subtree did not see them, so they no longer exist.
	 * @param generation the sync that has just read the whole subtree
	 */
	public void removeOlderThan(int generation) {
		List<String> gone = new ArrayList<>();
		synchronized (this.writeLock) {
			if (this.contextNode != null && this.contextNode.generation < generation) {
				gone.add(this.contextPath);
			}
			this.nodesByKey.forEach((key, node) -> {
				if (node.generation < generation) {
					gone.add(pathOf(key, node));
				}
			});
			this.shadowed.forEach((path, node) -> {
				if (node.generation < generation) {
					gone.add(path);
				}
			});
			// children first, so that empty parents are reported as they become visible
			gone.sort(Comparator.comparingInt(String::length).reversed());
			gone.forEach(this::remove);
		}
	}

	/**
	 * Return a stored znode.
	 * @param path its path
	 * @return the node, if stored
	 */
	public Optional<ChildData> get(String path) {
		if (path.equals(this.contextPath)) {
			return toChildData(path, this.contextNode);
		}
		String key = keyOf(path);
		if (key == null) {
			return Optional.empty();
		}
		Node node = this.nodesByKey.get(key);
		if (node != null && pathOf(key, node).equals(path)) {
			return toChildData(path, node);
		}
		synchronized (this.writeLock) {
			return toChildData(path, this.shadowed.get(path));
		}
	}

	/**
	 * Return the number of stored znodes, the context node included.
	 * @return the number of znodes
	 */
	public int size() {
		synchronized (this.writeLock) {
			return this.nodesByKey.size() + this.shadowed.size() + ((this.contextNode != null) ? 1 : 0);
		}
	}

	/**
	 * Return every stored znode.
	 * @return the znodes
	 */
	public Stream<ChildData> stream() {
		List<ChildData> all = new ArrayList<>();
		synchronized (this.writeLock) {
			if (this.contextNode != null) {
				all.add(this.contextNode.toChildData(this.contextPath));
			}
			this.nodesByKey.forEach((key, node) -> all.add(node.toChildData(pathOf(key, node))));
			this.shadowed.forEach((path, node) -> all.add(node.toChildData(path)));
		}
		return all.stream();
	}

	private String pathOf(String key, Node node) {
		return (node.path != null) ? node.path : canonicalPath(key);
	}

	private String canonicalPath(String key) {
		return this.prefix + key.replace('.', '/');
	}

	private static String parentOf(String path) {
		return path.substring(0, path.lastIndexOf('/'));
	}

	private static Optional<ChildData> toChildData(String path, Node node) {
		return (node != null) ? Optional.of(node.toChildData(path)) : Optional.empty();
	}

	/**
	 * What the store keeps of a znode: its value, its version and the sync that last read
	 * it. The path is kept only when it cannot be derived from the key (a node name
	 * containing a dot), which keeps the store small.
	 */
	private static final class Node {

		private final String path;

		private final String value;

		private final int version;

		private final int generation;

		Node(String path, ChildData data, int generation) {
			Stat stat = data.getStat();
			this.path = path;
			this.value = (data.getData() != null) ? new String(data.getData(), StandardCharsets.UTF_8) : "";
			this.version = (stat != null) ? stat.getVersion() : -1;
			this.generation = generation;
		}

		ChildData toChildData(String path) {
			Stat stat = new Stat();
			stat.setVersion(this.version);
			return new ChildData(path, stat, this.value.getBytes(StandardCharsets.UTF_8));
		}

	}

}
