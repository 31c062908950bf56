package dev.zkconfig.zookeeper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.zkconfig.snapshot.ZNode;
import dev.zkconfig.snapshot.ZNodeKeys;
import org.jspecify.annotations.Nullable;

/**
 * The znodes of one context by path, with what the key rules need to look up quickly: how
 * many children each znode has, and which znodes with dots in their names give a key. Not
 * thread-safe: its {@link ZNodeMirror} guards it.
 */
final class ZNodeStore {

	private final String contextPath;

	private final Map<String, ZNode> nodes = new HashMap<>();

	private final Map<String, Integer> childCounts = new HashMap<>();

	/** Paths of znodes whose names contain dots, by the key they give: rare. */
	private final Map<String, Set<String>> aliases = new HashMap<>();

	ZNodeStore(String contextPath) {
		this.contextPath = contextPath;
	}

	/**
	 * Store a znode.
	 * @param node the znode
	 * @return the znode it replaced, or {@code null} if it was not stored
	 */
	@Nullable ZNode put(ZNode node) {
		String path = node.path();
		ZNode previous = this.nodes.put(path, node);
		if (previous == null) {
			this.childCounts.merge(ZNodeKeys.parentOf(path), 1, Integer::sum);
			if (isAlias(path)) {
				this.aliases.computeIfAbsent(ZNodeKeys.keyOf(this.contextPath, path), (key) -> new TreeSet<>())
					.add(path);
			}
		}
		return previous;
	}

	/**
	 * Drop a znode.
	 * @param path its path
	 * @return whether it was stored
	 */
	boolean remove(String path) {
		if (this.nodes.remove(path) == null) {
			return false;
		}
		this.childCounts.computeIfPresent(ZNodeKeys.parentOf(path), (parent, count) -> (count > 1) ? count - 1 : null);
		if (isAlias(path)) {
			String key = ZNodeKeys.keyOf(this.contextPath, path);
			Set<String> paths = this.aliases.get(key);
			if (paths != null && paths.remove(path) && paths.isEmpty()) {
				this.aliases.remove(key);
			}
		}
		return true;
	}

	@Nullable ZNode get(String path) {
		return this.nodes.get(path);
	}

	boolean hasChildren(String path) {
		return this.childCounts.containsKey(path);
	}

	Set<String> paths() {
		return this.nodes.keySet();
	}

	int size() {
		return this.nodes.size();
	}

	/**
	 * The znodes that give a key: the canonical one first, then those with dots in their
	 * names, by path.
	 */
	List<ZNode> withKey(String key) {
		ZNode canonical = this.nodes.get(ZNodeKeys.pathOf(this.contextPath, key));
		Set<String> others = this.aliases.getOrDefault(key, Set.of());
		if (others.isEmpty()) {
			return (canonical != null) ? List.of(canonical) : List.of();
		}
		List<ZNode> found = new ArrayList<>(others.size() + 1);
		if (canonical != null) {
			found.add(canonical);
		}
		others.forEach((path) -> found.add(this.nodes.get(path)));
		return found;
	}

	/**
	 * Whether a znode below the context has a dot in a name, so that its key is not its
	 * canonical path.
	 */
	private boolean isAlias(String path) {
		return path.indexOf('.', this.contextPath.length()) >= 0 && !path.equals(this.contextPath);
	}

}
