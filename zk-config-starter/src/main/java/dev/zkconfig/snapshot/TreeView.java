package dev.zkconfig.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A consistent view of a settled {@link ZNodeTree}, valid only during the call that hands
 * it out.
 */
public interface TreeView {

	/**
	 * Return the znodes changed (created, updated or deleted) since the changes were last
	 * taken; on the first take, every znode.
	 * @return the zxid of each path's last change, by path
	 */
	Map<String, Long> changes();

	/**
	 * Whether {@link #changes()} holds the whole tree: the first changes taken since the
	 * mirror was created.
	 * @return {@code true} for the first take
	 */
	boolean isWhole();

	/**
	 * Return the paths of every znode of the tree.
	 * @return the paths
	 */
	Set<String> paths();

	/**
	 * Return a znode.
	 * @param path its absolute path
	 * @return the znode, or {@code null} if it does not exist
	 */
	@Nullable ZNode get(String path);

	/**
	 * Return the property key a znode gives ({@link ZNodeKeys#keyOf(String, String)}), as
	 * the tree holds it where it can, so that snapshots hold the same string rather than
	 * a copy.
	 * @param path its absolute path
	 * @return the key, or {@code null} for a path that gives none
	 */
	@Nullable String keyOf(String path);

	/**
	 * Whether a znode has children.
	 * @param path its absolute path
	 * @return {@code true} if at least one child exists
	 */
	boolean hasChildren(String path);

	/**
	 * Return the znodes whose key is the given one: the canonical znode first
	 * ({@link ZNodeKeys#pathOf(String, String)}), then any whose names contain dots, by
	 * path.
	 * @param key the property key
	 * @return the znodes, empty if none
	 */
	List<ZNode> withKey(String key);

	/**
	 * Return the highest zxid the tree reflects.
	 * @return the zxid
	 */
	long zxid();

	/**
	 * Return why the context as a whole could not be read on the last attempt, for
	 * example because its root is not readable with the client's credentials.
	 * @return the problem, or {@code null} if it could be read
	 */
	@Nullable String problem();

}
