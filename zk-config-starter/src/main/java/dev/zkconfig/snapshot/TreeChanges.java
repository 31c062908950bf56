package dev.zkconfig.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link CandidateBuilder} took from a settled {@link TreeView}: the changed paths
 * and the znodes needed to recompute the keys they affect. Immutable once taken, so that
 * candidates can be built after the view is gone.
 *
 * @param paths the zxid of each changed path's last change, by path
 * @param covered every path whose znodes were taken: the changed paths and those asked
 * for besides
 * @param keys for each key the changed paths (and the paths asked for besides) affect,
 * the znodes that give it, canonical first
 * @param documents the documents among those paths; a deleted document maps to
 * {@code null}
 * @param zxid the highest zxid the tree reflected
 * @param problem why the context as a whole could not be read, or {@code null}
 * @param whole whether {@code paths} is the whole tree, as on the first take
 */
public record TreeChanges(Map<String, Long> paths, Set<String> covered, Map<String, List<KeyNode>> keys,
		Map<String, @Nullable ZNode> documents, long zxid, @Nullable String problem, boolean whole) {

	/**
	 * A znode that gives a key, with whether it has children: a znode with empty data is
	 * a property (the empty string) only while it has none.
	 *
	 * @param key the key, as the tree holds it where it can
	 * @param node the znode
	 * @param hasChildren whether it has children
	 */
	public record KeyNode(String key, ZNode node, boolean hasChildren) {

		/**
		 * Whether this znode gives its key a value.
		 * @return {@code true} unless it is an empty parent
		 */
		public boolean isProperty() {
			return !this.node.isUsable() || !this.node.usableText().isEmpty() || !this.hasChildren;
		}

	}

}
