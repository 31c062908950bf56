package dev.zkconfig.resilience;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Random writes and deletes of a context's keys and of one document, from a seed: the
 * same seed gives the same operations. An operation that fails through a fault (after the
 * client's retries) may or may not have happened; it is counted as failed and ZooKeeper
 * itself is asked what holds in the end, never this class.
 */
final class SoakWorkload {

	/**
	 * The key znodes, below {@code store/keys}: properties {@code store.keys.k00} and on.
	 */
	static final List<String> KEYS = names("k", 50);

	/** The document's keys, below {@code store.doc}: disjoint from the key znodes'. */
	static final List<String> DOC_KEYS = names("d", 10);

	private final EnsembleSupport ensemble;

	private final String contextPath;

	private final Random random;

	/** The keys believed to exist, only to keep some: a failed write makes it a guess. */
	private final Set<String> present = new HashSet<>();

	private int writes;

	private int deletes;

	private int failures;

	SoakWorkload(EnsembleSupport ensemble, String contextPath, Random random) {
		this.ensemble = ensemble;
		this.contextPath = contextPath;
		this.random = random;
	}

	/** Create every key and the document, before the application starts; not counted. */
	void seed() throws Exception {
		for (String key : KEYS) {
			this.ensemble.set(keyPath(key), "initial-" + key);
			this.present.add(key);
		}
		this.ensemble.set(documentPath(), document());
	}

	/** Run a number of random operations, one after the other. */
	void run(int operations) {
		for (int i = 0; i < operations; i++) {
			int dice = this.random.nextInt(100);
			String key = KEYS.get(this.random.nextInt(KEYS.size()));
			String value = "v" + this.random.nextInt(1_000);
			try {
				if (dice < 58) {
					this.ensemble.set(keyPath(key), value);
					this.present.add(key);
					this.writes++;
				}
				else if (dice < 78) {
					deleteKey(key);
				}
				else if (dice < 83) {
					recreateKey(key);
				}
				else if (dice < 97) {
					this.ensemble.set(documentPath(), document());
					this.writes++;
				}
				else {
					this.ensemble.delete(documentPath());
					this.deletes++;
				}
			}
			catch (Exception ex) {
				this.failures++;
			}
		}
	}

	/**
	 * Keep a few keys, so that {@code store/keys} never becomes an empty znode of its
	 * own.
	 */
	private void deleteKey(String key) throws Exception {
		if (this.present.size() > 5) {
			this.ensemble.delete(keyPath(key));
			this.present.remove(key);
			this.deletes++;
		}
	}

	/**
	 * Delete a key and create it again with the same value: a new znode, its version
	 * reset.
	 */
	private void recreateKey(String key) throws Exception {
		String value = this.ensemble.get(keyPath(key));
		if (value != null) {
			this.ensemble.delete(keyPath(key));
			this.deletes++;
			this.ensemble.set(keyPath(key), value);
			this.writes++;
		}
	}

	/** A document with some of its keys, in random order, each with a random value. */
	private String document() {
		TreeMap<String, String> entries = new TreeMap<>();
		int size = 1 + this.random.nextInt(DOC_KEYS.size());
		for (int i = 0; i < size; i++) {
			entries.put(DOC_KEYS.get(this.random.nextInt(DOC_KEYS.size())), "w" + this.random.nextInt(1_000));
		}
		StringBuilder document = new StringBuilder("store:\n  doc:\n");
		entries.forEach((key, value) -> document.append("    ").append(key).append(": ").append(value).append('\n'));
		return document.toString();
	}

	String keyPath(String key) {
		return this.contextPath + "/store/keys/" + key;
	}

	String documentPath() {
		return this.contextPath + "/application.yml";
	}

	int writes() {
		return this.writes;
	}

	int deletes() {
		return this.deletes;
	}

	int failures() {
		return this.failures;
	}

	private static List<String> names(String prefix, int count) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			names.add(prefix + ((count > 10 && i < 10) ? "0" : "") + i);
		}
		return List.copyOf(names);
	}

}
