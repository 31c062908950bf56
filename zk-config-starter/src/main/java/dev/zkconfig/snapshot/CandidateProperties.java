package dev.zkconfig.snapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;

import dev.zkconfig.snapshot.Candidate.ParsedDocument;
import dev.zkconfig.snapshot.ConfigSnapshot.Origin;

/**
 * The properties of a candidate: the accepted snapshot's, with the changes layered on top
 * of them once the first key changes ({@link LayeredMap}), and their sorted names merged
 * from the accepted ones.
 */
final class CandidateProperties {

	private final String contextPath;

	private final ConfigSnapshot accepted;

	private Map<String, String> values;

	private Map<String, String> origins;

	private final Set<String> added = new HashSet<>();

	private final Set<String> removed = new HashSet<>();

	private Set<String> placeholderKeys;

	CandidateProperties(String contextPath, ConfigSnapshot accepted) {
		this.contextPath = contextPath;
		this.accepted = accepted;
		this.values = accepted.properties();
		this.origins = accepted.origins();
		this.placeholderKeys = accepted.getPlaceholderKeys();
	}

	boolean comesFromKeyZNode(String key) {
		String origin = this.origins.get(key);
		return this.values.containsKey(key) && (origin == null || !DocumentParser.isDocument(this.contextPath, origin));
	}

	void putFromDocuments(String key, NavigableMap<String, ParsedDocument> documents) {
		for (Map.Entry<String, ParsedDocument> document : documents.descendingMap().entrySet()) {
			String value = document.getValue().properties().get(key);
			if (value != null) {
				put(key, value, document.getKey());
				return;
			}
		}
		remove(key);
	}

	void put(String key, String value, String path) {
		String origin = ZNodeKeys.isPathOf(this.contextPath, key, path) ? null : path;
		if (!value.equals(this.values.get(key))) {
			writableValues();
			String shared = sharedName(key);
			if (this.values.put(shared, value) == null && !this.removed.remove(shared)) {
				this.added.add(shared);
			}
			placeholder(shared, ConfigSnapshot.holdsPlaceholder(value));
		}
		if (!Objects.equals(origin, this.origins.get(key))) {
			writableOrigins();
			if (origin != null) {
				this.origins.put(key, origin);
			}
			else {
				this.origins.remove(key);
			}
		}
	}

	/**
	 * The accepted snapshot's string for a key it holds, so that a changed value does not
	 * bring a copy of its key into the snapshot; the given string for a new key, which
	 * the znode mirror holds when it comes from a key znode.
	 */
	private String sharedName(String key) {
		String[] names = this.accepted.getNames();
		int index = Arrays.binarySearch(names, key);
		return (index >= 0) ? names[index] : key;
	}

	void remove(String key) {
		if (this.values.containsKey(key)) {
			writableValues();
			this.values.remove(key);
			if (!this.added.remove(key)) {
				this.removed.add(key);
			}
			placeholder(key, false);
		}
		if (this.origins.containsKey(key)) {
			writableOrigins();
			this.origins.remove(key);
		}
	}

	private void placeholder(String key, boolean holds) {
		if (holds != this.placeholderKeys.contains(key)) {
			if (this.placeholderKeys == this.accepted.getPlaceholderKeys()) {
				this.placeholderKeys = new HashSet<>(this.placeholderKeys);
			}
			if (holds) {
				this.placeholderKeys.add(key);
			}
			else {
				this.placeholderKeys.remove(key);
			}
		}
	}

	private void writableValues() {
		if (this.values == this.accepted.properties()) {
			this.values = LayeredMap.on(this.values);
		}
	}

	private void writableOrigins() {
		if (this.origins == this.accepted.origins()) {
			this.origins = LayeredMap.on(this.origins);
		}
	}

	List<ConfigChange> changes(Set<String> keys, long zxid) {
		List<ConfigChange> changes = new ArrayList<>();
		for (String key : keys) {
			String before = this.accepted.get(key);
			String after = this.values.get(key);
			if (!Objects.equals(before, after)) {
				changes.add(new ConfigChange(this.contextPath, key, before, after, zxid));
			}
		}
		return changes;
	}

	ConfigSnapshot snapshot(long zxid) {
		return new ConfigSnapshot(this.contextPath, LayeredMap.settled(this.values), LayeredMap.settled(this.origins),
				names(), Set.copyOf(this.placeholderKeys), zxid, Instant.now(), Origin.ZOOKEEPER);
	}

	/** The accepted names without the removed keys, merged with the added ones. */
	private String[] names() {
		String[] accepted = this.accepted.getNames();
		if (this.added.isEmpty() && this.removed.isEmpty()) {
			return accepted;
		}
		String[] added = this.added.toArray(String[]::new);
		Arrays.sort(added);
		String[] names = new String[accepted.length - this.removed.size() + added.length];
		int next = 0;
		int from = 0;
		for (String name : accepted) {
			if (this.removed.contains(name)) {
				continue;
			}
			while (from < added.length && added[from].compareTo(name) < 0) {
				names[next++] = added[from++];
			}
			names[next++] = name;
		}
		while (from < added.length) {
			names[next++] = added[from++];
		}
		return names;
	}

}
