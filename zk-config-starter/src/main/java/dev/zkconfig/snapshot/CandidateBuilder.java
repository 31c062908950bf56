package dev.zkconfig.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.zkconfig.snapshot.Candidate.ParsedDocument;
import dev.zkconfig.snapshot.ConfigSnapshot.Origin;
import dev.zkconfig.snapshot.TreeChanges.KeyNode;
import org.jspecify.annotations.Nullable;

/**
 * Turns the znodes of one context into candidate snapshots: key znodes as properties
 * ({@link ZNodeKeys}), and documents ({@link DocumentParser#isDocument(String)}) directly
 * under the context as the properties they hold. Key znodes override documents; documents
 * apply in name order, a later name winning.
 * <p>
 * A candidate is built from the accepted snapshot by recomputing only the keys the
 * changed znodes affect. Used by one thread at a time.
 */
public final class CandidateBuilder {

	private final String contextPath;

	private final DocumentParser parser;

	private final int maxValueSize;

	private Map<String, ParsedDocument> documents = Map.of();

	/**
	 * Create a builder.
	 * @param contextPath the context's znode path
	 * @param parser reads documents
	 * @param maxValueSize the largest znode, in bytes, that becomes configuration
	 */
	public CandidateBuilder(String contextPath, DocumentParser parser, int maxValueSize) {
		this.contextPath = contextPath;
		this.parser = parser;
		this.maxValueSize = maxValueSize;
	}

	/**
	 * Take what is needed from a settled view to build candidates for the changes it
	 * reports and for the given paths. Runs while the view is valid, so does little.
	 * @param view the view
	 * @param morePaths more paths that candidates may reflect (changes rejected earlier)
	 * @return the changes
	 */
	public TreeChanges extract(TreeView view, Collection<String> morePaths) {
		Map<String, Long> paths = new LinkedHashMap<>(view.changes());
		Set<String> needed = new LinkedHashSet<>(paths.keySet());
		needed.addAll(morePaths);
		Map<String, List<KeyNode>> keys = new HashMap<>();
		Map<String, @Nullable ZNode> documents = new HashMap<>();
		for (String path : needed) {
			if (isDocument(path)) {
				documents.put(path, view.get(path));
			}
			else {
				for (String key : keysOf(path, view.keyOf(path))) {
					keys.computeIfAbsent(key,
							(k) -> view.withKey(k)
								.stream()
								.map((node) -> new KeyNode(k, node, view.hasChildren(node.path())))
								.toList());
				}
			}
		}
		return new TreeChanges(paths, needed, keys, documents, view.zxid(), view.problem(), view.isWhole());
	}

	/**
	 * Build the candidate for some of the changes taken, on top of an accepted snapshot.
	 * @param accepted the accepted snapshot
	 * @param changes the changes taken
	 * @param paths the changed paths to reflect, all or some of {@code changes.paths()}
	 * @return the candidate
	 */
	public Candidate build(ConfigSnapshot accepted, TreeChanges changes, Collection<String> paths) {
		return build(accepted, changes, paths, this.documents);
	}

	private Candidate build(ConfigSnapshot accepted, TreeChanges changes, Collection<String> paths,
			Map<String, ParsedDocument> acceptedDocuments) {
		List<ZNodeProblem> problems = new ArrayList<>();
		if (changes.problem() != null) {
			problems.add(new ZNodeProblem(this.contextPath, null, changes.problem()));
		}
		NavigableMap<String, ParsedDocument> documents = new TreeMap<>(acceptedDocuments);
		Set<String> affected = new LinkedHashSet<>();
		long zxid = accepted.getZxid();
		long modifiedAt = 0;
		for (String path : paths) {
			zxid = Math.max(zxid, changes.paths().getOrDefault(path, 0L));
			if (isDocument(path)) {
				ZNode document = changes.documents().get(path);
				modifiedAt = Math.max(modifiedAt, (document != null) ? document.mtime() : 0);
				updateDocument(path, document, documents, affected, problems);
			}
			else {
				affected.addAll(keysOf(path, ZNodeKeys.keyOf(this.contextPath, path)));
			}
		}
		CandidateProperties properties = new CandidateProperties(this.contextPath, accepted);
		for (String key : affected) {
			List<KeyNode> nodes = changes.keys().get(key);
			KeyNode winner = (nodes != null) ? firstProperty(nodes) : null;
			if (winner != null) {
				ZNodeProblem problem = problemOf(winner.node(), key);
				if (problem != null) {
					problems.add(problem);
				}
				else {
					properties.put(winner.key(), winner.node().usableText(), winner.node().path());
					modifiedAt = Math.max(modifiedAt, winner.node().mtime());
				}
			}
			else if (nodes != null || !properties.comesFromKeyZNode(key)) {
				properties.putFromDocuments(key, documents);
			}
		}
		List<ConfigChange> diff = properties.changes(affected, zxid);
		ConfigSnapshot snapshot = properties.snapshot(Math.max(zxid, accepted.getZxid()));
		return new Candidate(snapshot, diff, problems, Set.copyOf(paths), documents, modifiedAt);
	}

	/**
	 * Build the first snapshot of a context: every znode of the tree.
	 * @param changes every znode, as taken from the first settled view
	 * @return the candidate
	 */
	public Candidate initial(TreeChanges changes) {
		Candidate candidate = build(ConfigSnapshot.empty(this.contextPath), changes, changes.paths().keySet());
		ConfigSnapshot snapshot = candidate.snapshot();
		ConfigSnapshot versioned = new ConfigSnapshot(this.contextPath, snapshot.properties(), snapshot.origins(),
				snapshot.getNames(), snapshot.getPlaceholderKeys(), Math.max(snapshot.getZxid(), changes.zxid()),
				snapshot.getAcceptedAt(), Origin.ZOOKEEPER);
		return new Candidate(versioned, candidate.changes(), candidate.problems(), candidate.paths(),
				candidate.documents(), candidate.modifiedAt());
	}

	/**
	 * Build a candidate from the whole tree, on top of a snapshot that was not built from
	 * it (a local snapshot served while ZooKeeper could not be reached): every key is
	 * recomputed and the changes are all the differences.
	 * @param accepted the accepted snapshot
	 * @param changes the whole tree, every znode covered
	 * @return the candidate
	 */
	public Candidate rebase(ConfigSnapshot accepted, TreeChanges changes) {
		Candidate whole = build(ConfigSnapshot.empty(this.contextPath), changes, changes.covered(), Map.of());
		Map<String, String> before = accepted.getProperties();
		Map<String, String> after = whole.snapshot().getProperties();
		long zxid = Math.max(whole.snapshot().getZxid(), changes.zxid());
		List<ConfigChange> diff = new ArrayList<>();
		Set<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			if (!Objects.equals(before.get(key), after.get(key))) {
				diff.add(new ConfigChange(this.contextPath, key, before.get(key), after.get(key), zxid));
			}
		}
		String[] names = before.keySet().equals(after.keySet()) ? accepted.getNames() : whole.snapshot().getNames();
		ConfigSnapshot snapshot = new ConfigSnapshot(this.contextPath, whole.snapshot().properties(),
				whole.snapshot().origins(), names, whole.snapshot().getPlaceholderKeys(), zxid,
				whole.snapshot().getAcceptedAt(), Origin.ZOOKEEPER);
		return new Candidate(snapshot, diff, whole.problems(), changes.covered(), whole.documents(),
				whole.modifiedAt());
	}

	/**
	 * Record that a candidate was accepted, so that later candidates build on its
	 * documents.
	 * @param candidate the accepted candidate
	 */
	public void accepted(Candidate candidate) {
		this.documents = Map.copyOf(candidate.documents());
	}

	private void updateDocument(String path, @Nullable ZNode node, Map<String, ParsedDocument> documents,
			Set<String> affected, List<ZNodeProblem> problems) {
		ParsedDocument previous = documents.get(path);
		if (node == null) {
			if (previous != null) {
				affected.addAll(previous.properties().keySet());
				documents.remove(path);
			}
			return;
		}
		if (previous != null && previous.mzxid() == node.mzxid()) {
			return;
		}
		ZNodeProblem problem = problemOf(node, null);
		if (problem == null && node.usableText().isBlank() && previous != null && !previous.properties().isEmpty()) {
			problem = new ZNodeProblem(path, null,
					"is an empty document: delete the znode to remove the properties it held");
		}
		if (problem != null) {
			problems.add(problem);
			return;
		}
		try {
			Map<String, String> parsed = this.parser.parse(path, node.usableText());
			documents.put(path, new ParsedDocument(node.mzxid(), parsed));
			if (previous != null) {
				affected.addAll(previous.properties().keySet());
			}
			affected.addAll(parsed.keySet());
		}
		catch (DocumentException ex) {
			problems.add(new ZNodeProblem(path, null, "is not a valid document: " + ex.getReason()));
		}
	}

	private static @Nullable KeyNode firstProperty(List<KeyNode> nodes) {
		for (KeyNode node : nodes) {
			if (node.isProperty()) {
				return node;
			}
		}
		return null;
	}

	private @Nullable ZNodeProblem problemOf(ZNode node, @Nullable String key) {
		String problem = node.problem();
		if (problem != null) {
			return new ZNodeProblem(node.path(), key, problem);
		}
		if (node.size() > this.maxValueSize) {
			return new ZNodeProblem(node.path(), key, "holds " + node.size() + " bytes, more than the "
					+ this.maxValueSize + " that zkconfig.max-value-size allows");
		}
		return null;
	}

	private boolean isDocument(String path) {
		return DocumentParser.isDocument(this.contextPath, path);
	}

	/**
	 * The keys whose value a change of a key znode can alter: its own, and its parent's,
	 * since an empty parent is a property only while it has no children.
	 */
	private List<String> keysOf(String path, @Nullable String key) {
		if (key == null) {
			return List.of();
		}
		String parent = ZNodeKeys.parentOf(path);
		String parentKey = ZNodeKeys.keyOf(this.contextPath, parent);
		return (parentKey != null && !isDocument(parent)) ? List.of(key, parentKey) : List.of(key);
	}

}
