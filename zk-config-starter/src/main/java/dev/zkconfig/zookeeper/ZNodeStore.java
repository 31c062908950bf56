package dev.zkconfig.zookeeper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.zkconfig.snapshot.ZNode;
import dev.zkconfig.snapshot.ZNodeKeys;
import org.jspecify.annotations.Nullable;

/**
 * The znodes of one context, with what the key rules need to look up quickly: how many
 * children each znode has, and which znodes with dots in their names give a key. Not
 * thread-safe: its {@link ZNodeMirror} guards it.
 * <p>
 * Most znodes of a large context are canonical key znodes ({@link ZNodeKeys#pathOf}) of
 * plain ASCII text. Of those the store keeps only two strings that the snapshots hold
 * too: the text, their value, under the property key, their key ({@link #keyOf(String)}
 * hands it to the snapshot that adds the key). Their path, size, zxid and time of change
 * are known again from these, or, for the znodes changed since the changes were last
 * {@linkplain #changesTaken() taken}, kept whole. Every other znode is kept whole, under
 * its path.
 */
final class ZNodeStore {

	private final String contextPath;

	/**
	 * The znodes by property key, as their text (plain canonical key znodes), or by path,
	 * whole (the others).
	 */
	private final Map<String, Object> nodes = new HashMap<>();

	/** The znodes stored since the changes were last taken, whole, by path. */
	private Map<String, ZNode> recent = new HashMap<>();

	/**
	 * Whether changed znodes are kept whole: not before the changes are first taken, when
	 * every znode is new, and the first snapshot needs none of what the store does not
	 * keep.
	 */
	private boolean keepRecent;

	/**
	 * The keys of the canonical key znodes created since the changes were last taken, by
	 * path: the strings the store holds.
	 */
	private Map<String, String> newKeys = new HashMap<>();

	private final Map<String, Integer> childCounts = new HashMap<>();

	/** Paths of znodes whose names contain dots, by the key they give: rare. */
	private final Map<String, Set<String>> aliases = new HashMap<>();

	ZNodeStore(String contextPath) {
		this.contextPath = contextPath;
	}

	/**
	 * Store a znode.
	 * @param node the znode
	 * @return whether it is new, or changed: another text, or another problem
	 */
	boolean put(ZNode node) {
		String path = node.path();
		String storeKey = storeKey(path);
		Object stored = isPlain(storeKey, node) ? node.usableText() : node;
		Object previous = this.nodes.replace(storeKey, stored);
		if (previous == null) {
			this.nodes.put(storeKey, stored);
			if (!isPath(storeKey)) {
				this.newKeys.put(path, storeKey);
			}
			this.childCounts.merge(ZNodeKeys.parentOf(path), 1, Integer::sum);
			if (isAlias(path)) {
				this.aliases.computeIfAbsent(ZNodeKeys.keyOf(this.contextPath, path), (key) -> new TreeSet<>())
					.add(path);
			}
		}
		else if (Objects.equals(textOf(previous), node.text()) && Objects.equals(problemOf(previous), node.problem())) {
			return false;
		}
		if (this.keepRecent) {
			this.recent.put(path, node);
		}
		return true;
	}

	/**
	 * Drop a znode.
	 * @param path its path
	 * @return whether it was stored
	 */
	boolean remove(String path) {
		this.recent.remove(path);
		this.newKeys.remove(path);
		if (this.nodes.remove(storeKey(path)) == null) {
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

	/**
	 * Return a znode: whole if it changed since the changes were last taken, else with
	 * {@code 0} as its zxid and time of change if the store keeps only its text.
	 * @param path its path
	 * @return the znode, or {@code null} if it is not stored
	 */
	@Nullable ZNode get(String path) {
		return get(path, storeKey(path));
	}

	private @Nullable ZNode get(String path, String storeKey) {
		ZNode recent = this.recent.get(path);
		if (recent != null) {
			return recent;
		}
		Object stored = this.nodes.get(storeKey);
		if (stored instanceof String text) {
			return new ZNode(path, text, text.length(), 0, 0, null);
		}
		return (ZNode) stored;
	}

	/**
	 * Return the data size of a znode.
	 * @param path its path
	 * @return the size in bytes, or {@code -1} if it is not stored
	 */
	int sizeOf(String path) {
		Object stored = this.nodes.get(storeKey(path));
		if (stored instanceof String text) {
			return text.length();
		}
		return (stored != null) ? ((ZNode) stored).size() : -1;
	}

	/** The changes were taken: the znodes changed before need not be kept whole. */
	void changesTaken() {
		this.keepRecent = true;
		if (!this.recent.isEmpty()) {
			this.recent = new HashMap<>();
		}
		if (!this.newKeys.isEmpty()) {
			this.newKeys = new HashMap<>();
		}
	}

	/**
	 * Return the property key of a znode, as the store holds it if the znode is a
	 * canonical key znode created since the changes were last taken, so that a snapshot
	 * that adds the key holds the same string.
	 * @param path the znode's path
	 * @return the key, or {@code null} for a path that gives none
	 */
	@Nullable String keyOf(String path) {
		String key = this.newKeys.get(path);
		return (key != null) ? key : ZNodeKeys.keyOf(this.contextPath, path);
	}

	boolean hasChildren(String path) {
		return this.childCounts.containsKey(path);
	}

	/**
	 * Return the paths of the znodes, a new set on every call.
	 * @return the paths
	 */
	Set<String> paths() {
		Set<String> paths = new HashSet<>(this.nodes.size() * 4 / 3 + 1);
		for (String storeKey : this.nodes.keySet()) {
			paths.add(isPath(storeKey) ? storeKey : ZNodeKeys.pathOf(this.contextPath, storeKey));
		}
		return paths;
	}

	int size() {
		return this.nodes.size();
	}

	/**
	 * The znodes that give a key: the canonical one first, then those with dots in their
	 * names, by path.
	 */
	List<ZNode> withKey(String key) {
		// a key's canonical path gives that key back, unless the key holds a slash
		String canonicalPath = ZNodeKeys.pathOf(this.contextPath, key);
		ZNode canonical = get(canonicalPath, (key.indexOf('/') < 0) ? key : storeKey(canonicalPath));
		Set<String> others = this.aliases.getOrDefault(key, Set.of());
		if (others.isEmpty()) {
			return (canonical != null) ? List.of(canonical) : List.of();
		}
		List<ZNode> found = new ArrayList<>(others.size() + 1);
		if (canonical != null) {
			found.add(canonical);
		}
		others.forEach((path) -> found.add(get(path)));
		return found;
	}

	/**
	 * The key the store keeps a znode under: its property key if it is a canonical key
	 * znode, its path otherwise. Paths start with a slash, keys of canonical key znodes
	 * never do, so the two cannot meet.
	 */
	private String storeKey(String path) {
		if (isAlias(path)) {
			return path;
		}
		String key = ZNodeKeys.keyOf(this.contextPath, path);
		return (key != null) ? key : path;
	}

	private static boolean isPath(String storeKey) {
		return storeKey.startsWith("/");
	}

	/**
	 * Whether a znode below the context has a dot in a name, so that its key is not its
	 * canonical path.
	 */
	private boolean isAlias(String path) {
		return path.indexOf('.', this.contextPath.length()) >= 0 && !path.equals(this.contextPath);
	}

	/**
	 * Whether the store keeps only the text of a znode: a usable canonical key znode
	 * whose text is as long as its data, which makes it ASCII, since every other
	 * character takes more than one byte in UTF-8.
	 */
	private static boolean isPlain(String storeKey, ZNode node) {
		String text = node.text();
		return !isPath(storeKey) && node.isUsable() && text != null && text.length() == node.size();
	}

	private static @Nullable String textOf(Object stored) {
		return (stored instanceof String text) ? text : ((ZNode) stored).text();
	}

	private static @Nullable String problemOf(Object stored) {
		return (stored instanceof String) ? null : ((ZNode) stored).problem();
	}

}
