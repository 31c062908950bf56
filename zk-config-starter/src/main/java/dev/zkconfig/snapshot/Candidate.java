package dev.zkconfig.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot built from ZooKeeper's latest state, not yet accepted: what would replace
 * the accepted snapshot if it passes the checks.
 *
 * @param snapshot the candidate snapshot
 * @param changes how it differs from the accepted snapshot it was built on
 * @param problems znodes whose data cannot be used; a candidate with problems is never
 * accepted
 * @param paths the changed znodes it reflects
 * @param documents the parsed documents of the context, as of this candidate
 * @param modifiedAt when the latest of the znodes it reflects changed, in milliseconds
 * since the epoch by ZooKeeper's clock ({@code mtime}), or {@code 0} if unknown (only
 * deletions)
 */
public record Candidate(ConfigSnapshot snapshot, List<ConfigChange> changes, List<ZNodeProblem> problems,
		Set<String> paths, Map<String, ParsedDocument> documents, long modifiedAt) {

	/**
	 * Whether the candidate differs from the snapshot it was built on.
	 * @return {@code true} if it has changes
	 */
	public boolean hasChanges() {
		return !this.changes.isEmpty();
	}

	/**
	 * A document's properties as parsed.
	 *
	 * @param mzxid the zxid of the document's last change
	 * @param properties its properties
	 */
	public record ParsedDocument(long mzxid, Map<String, String> properties) {
	}

}
