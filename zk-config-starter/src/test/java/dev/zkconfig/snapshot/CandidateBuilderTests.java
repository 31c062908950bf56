package dev.zkconfig.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How the znodes of a context become candidate snapshots: the stock node layout, whole
 * documents and their precedence, changes computed from one snapshot to the next, and
 * znodes that cannot be used.
 */
class CandidateBuilderTests {

	private static final String CONTEXT = "/config/app";

	private final Tree tree = new Tree();

	private final CandidateBuilder builder = new CandidateBuilder(CONTEXT, new DocumentParser(List.of("dev")), 1024);

	@Test
	void keyZNodesFollowTheStockLayout() {
		this.tree.put("/config/app/server/port", "8081");
		this.tree.put("/config/app/feature", "");
		this.tree.put("/config/app/db", "x");
		this.tree.put("/config/app/db/url", "y");
		this.tree.put("/config/app/empty-parent", "");
		this.tree.put("/config/app/empty-parent/child", "c");
		Candidate initial = initial();
		assertThat(initial.snapshot().getProperties()).containsOnly(entry("server.port", "8081"), entry("feature", ""),
				entry("db", "x"), entry("db.url", "y"), entry("empty-parent.child", "c"));
		assertThat(initial.snapshot().getNames()).containsExactly("db", "db.url", "empty-parent.child", "feature",
				"server.port");
	}

	@Test
	void theCanonicalZNodeOfAKeyWinsOverOneWithDotsInItsName() {
		this.tree.put("/config/app/server.port", "dotted");
		this.tree.put("/config/app/server/port", "canonical");
		Candidate initial = initial();
		assertThat(initial.snapshot().get("server.port")).isEqualTo("canonical");
		this.tree.delete("/config/app/server/port");
		Candidate next = next(initial);
		assertThat(next.snapshot().get("server.port")).isEqualTo("dotted");
		assertThat(next.snapshot().getOrigin("server.port")).isEqualTo("/config/app/server.port");
	}

	@Test
	void keyZNodesOverrideDocumentsAndLaterDocumentNamesWin() {
		this.tree.put("/config/app/a.yml", "x: from-a\ny: from-a\nz: from-a");
		this.tree.put("/config/app/b.properties", "y=from-b\nz=from-b");
		this.tree.put("/config/app/z", "from-key");
		Candidate initial = initial();
		assertThat(initial.snapshot().getProperties()).containsOnly(entry("x", "from-a"), entry("y", "from-b"),
				entry("z", "from-key"));
		assertThat(initial.snapshot().getOrigin("y")).isEqualTo("/config/app/b.properties");
		assertThat(initial.snapshot().getOrigin("z")).isEqualTo("/config/app/z");

		this.tree.delete("/config/app/z");
		Candidate next = next(initial);
		assertThat(next.changes()).extracting(ConfigChange::key, ConfigChange::oldValue, ConfigChange::newValue)
			.containsExactly(tuple("z", "from-key", "from-b"));
	}

	@Test
	void aDocumentChangesAllOfItsKeysTogether() {
		this.tree.put("/config/app/application.yml", "a: 1\nb: 1\nc: 1");
		Candidate initial = initial();
		this.tree.put("/config/app/application.yml", "a: 2\nb: 2\nd: 2");
		Candidate next = next(initial);
		assertThat(next.changes()).extracting(ConfigChange::key, ConfigChange::kind)
			.containsExactlyInAnyOrder(tuple("a", ConfigChange.Kind.UPDATED), tuple("b", ConfigChange.Kind.UPDATED),
					tuple("c", ConfigChange.Kind.REMOVED), tuple("d", ConfigChange.Kind.ADDED));
		assertThat(next.snapshot().getProperties()).containsOnly(entry("a", "2"), entry("b", "2"), entry("d", "2"));
	}

	@Test
	void eachSnapshotKnowsItsKeysWithPlaceholders() {
		this.tree.put("/config/app/host", "h1");
		this.tree.put("/config/app/url", "https://${host}/api");
		this.tree.put("/config/app/application.yml", "timeout: ${seconds:5}s\nplain: text");
		Candidate initial = initial();
		assertThat(initial.snapshot().getPlaceholderKeys()).containsExactlyInAnyOrder("url", "timeout");

		this.tree.put("/config/app/url", "https://fixed/api");
		this.tree.put("/config/app/plain", "${host}");
		Candidate changed = next(initial);
		assertThat(changed.snapshot().getPlaceholderKeys()).containsExactlyInAnyOrder("plain", "timeout");

		this.tree.delete("/config/app/plain");
		this.tree.delete("/config/app/application.yml");
		Candidate removed = next(changed);
		assertThat(removed.snapshot().getPlaceholderKeys()).isEmpty();

		this.tree.put("/config/app/host", "h2");
		assertThat(next(removed).snapshot().getPlaceholderKeys()).isSameAs(removed.snapshot().getPlaceholderKeys());
	}

	@Test
	void aChangeOfOneValueSharesTheNamesOfTheSnapshotBefore() {
		this.tree.put("/config/app/a", "1");
		this.tree.put("/config/app/b", "1");
		Candidate initial = initial();
		this.tree.put("/config/app/a", "2");
		Candidate next = next(initial);
		assertThat(next.changes()).hasSize(1);
		assertThat(next.snapshot().getNames()).isSameAs(initial.snapshot().getNames());
		assertThat(initial.snapshot().get("a")).isEqualTo("1");
	}

	@Test
	void keysAddedAndRemovedAreMergedIntoTheSortedNames() {
		this.tree.put("/config/app/b", "1");
		this.tree.put("/config/app/d", "1");
		this.tree.put("/config/app/f", "1");
		Candidate initial = initial();
		this.tree.put("/config/app/a", "new");
		this.tree.put("/config/app/e", "new");
		this.tree.put("/config/app/g", "new");
		this.tree.delete("/config/app/d");
		Candidate next = next(initial);
		assertThat(next.snapshot().getNames()).containsExactly("a", "b", "e", "f", "g");
		assertThat(next.snapshot().getProperties()).containsOnlyKeys("a", "b", "e", "f", "g");
		assertThat(initial.snapshot().getNames()).containsExactly("b", "d", "f");
		assertThat(initial.snapshot().getProperties()).containsOnlyKeys("b", "d", "f");
	}

	@Test
	void anEmptyParentBecomesAPropertyOnlyOnceItsLastChildIsGone() {
		this.tree.put("/config/app/labels", "");
		this.tree.put("/config/app/labels/x", "1");
		Candidate initial = initial();
		this.tree.delete("/config/app/labels/x");
		Candidate next = next(initial);
		assertThat(next.changes()).extracting(ConfigChange::key, ConfigChange::newValue)
			.containsExactlyInAnyOrder(tuple("labels.x", null), tuple("labels", ""));
	}

	@Test
	void unusableZNodesAreProblemsAndKeepTheirAcceptedValues() {
		this.tree.put("/config/app/a", "good");
		this.tree.put("/config/app/application.yml", "b: good");
		Candidate initial = initial();
		this.tree.putBytes("/config/app/a", new byte[] { 0, 1, 2 });
		this.tree.put("/config/app/application.yml", "b: [unclosed");
		this.tree.put("/config/app/big", "x".repeat(2000));
		Candidate next = next(initial);
		assertThat(next.problems()).extracting(ZNodeProblem::path)
			.containsExactlyInAnyOrder("/config/app/a", "/config/app/application.yml", "/config/app/big");
		assertThat(next.problems()).extracting(ZNodeProblem::reason)
			.anySatisfy((reason) -> assertThat(reason).contains("binary"))
			.anySatisfy((reason) -> assertThat(reason).contains("malformed YAML", "line 1"))
			.anySatisfy((reason) -> assertThat(reason).contains("2000 bytes", "zkconfig.max-value-size"));
		assertThat(next.snapshot().getProperties()).containsOnly(entry("a", "good"), entry("b", "good"));
	}

	@Test
	void invalidUtf8IsAProblem() {
		this.tree.putBytes("/config/app/a", new byte[] { (byte) 0xC3, (byte) 0x28 });
		assertThat(initial().problems()).extracting(ZNodeProblem::reason).containsExactly("is not valid UTF-8 text");
	}

	@Test
	void aDocumentEmptiedIsAProblemButADeletedOneRemovesItsKeys() {
		this.tree.put("/config/app/application.yml", "a: 1");
		Candidate initial = initial();
		this.tree.put("/config/app/application.yml", "");
		Candidate emptied = next(initial);
		assertThat(emptied.problems()).extracting(ZNodeProblem::reason)
			.singleElement()
			.asString()
			.contains("empty document");
		this.tree.delete("/config/app/application.yml");
		Candidate deleted = next(initial);
		assertThat(deleted.problems()).isEmpty();
		assertThat(deleted.snapshot().getProperties()).isEmpty();
	}

	@Test
	void unicodeSpacesAndIndexesInNamesAreKeys() {
		this.tree.put("/config/app/my key", "spaced");
		this.tree.put("/config/app/grüße", "unicode");
		this.tree.put("/config/app/list[0]", "first");
		assertThat(initial().snapshot().getProperties()).containsOnly(entry("my key", "spaced"),
				entry("grüße", "unicode"), entry("list[0]", "first"));
	}

	private Candidate initial() {
		Candidate candidate = this.builder.initial(this.builder.extract(this.tree.view(), Set.of()));
		this.builder.accepted(candidate);
		this.tree.changes.clear();
		this.tree.whole = false;
		return candidate;
	}

	private Candidate next(Candidate accepted) {
		TreeChanges changes = this.builder.extract(this.tree.view(), Set.of());
		Candidate candidate = this.builder.build(accepted.snapshot(), changes, changes.paths().keySet());
		this.tree.changes.clear();
		return candidate;
	}

	/** The znodes of a context in memory, as a settled mirror would show them. */
	private static final class Tree {

		private final Map<String, ZNode> nodes = new TreeMap<>();

		private final Map<String, Long> changes = new LinkedHashMap<>();

		private long zxid;

		private boolean whole = true;

		void put(String path, String value) {
			putBytes(path, value.getBytes(StandardCharsets.UTF_8));
		}

		void putBytes(String path, byte[] data) {
			this.nodes.put(path, ZNode.of(path, data, ++this.zxid, 0));
			this.changes.put(path, this.zxid);
		}

		void delete(String path) {
			this.nodes.remove(path);
			this.changes.put(path, ++this.zxid);
		}

		TreeView view() {
			return new TreeView() {

				@Override
				public Map<String, Long> changes() {
					return Tree.this.changes;
				}

				@Override
				public boolean isWhole() {
					return Tree.this.whole;
				}

				@Override
				public Set<String> paths() {
					return Tree.this.nodes.keySet();
				}

				@Override
				public ZNode get(String path) {
					return Tree.this.nodes.get(path);
				}

				@Override
				public String keyOf(String path) {
					return ZNodeKeys.keyOf(CONTEXT, path);
				}

				@Override
				public boolean hasChildren(String path) {
					return Tree.this.nodes.keySet().stream().anyMatch((other) -> other.startsWith(path + "/"));
				}

				@Override
				public List<ZNode> withKey(String key) {
					List<ZNode> found = new ArrayList<>();
					ZNode canonical = Tree.this.nodes.get(ZNodeKeys.pathOf(CONTEXT, key));
					if (canonical != null) {
						found.add(canonical);
					}
					Tree.this.nodes.values()
						.stream()
						.filter((node) -> node != canonical && key.equals(ZNodeKeys.keyOf(CONTEXT, node.path())))
						.forEach(found::add);
					return found;
				}

				@Override
				public long zxid() {
					return Tree.this.zxid;
				}

				@Override
				public String problem() {
					return null;
				}

			};
		}

	}

}
