package dev.zkconfig.snapshot;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The properties of a snapshot as the previous snapshot's plus what changed on top of
 * them, so that a change of one key in a large context costs a small copy instead of a
 * copy of every key. The base is shared and never modified; the layer is folded into a
 * new, compact base once it outgrows the square root of the base, which keeps both the
 * copy per change and the folding, spread over the changes between, near
 * {@code O(sqrt(n))}.
 * <p>
 * A map is modified only while its candidate is built, by one thread, and is read-only
 * from then on.
 */
final class LayeredMap extends AbstractMap<String, String> {

	/** Marks a key of the base removed in the layer; compared by identity. */
	@SuppressWarnings("StringOperationCanBeSimplified")
	private static final String REMOVED = new String("removed");

	private static final int SMALLEST_FOLD = 64;

	private final Map<String, String> base;

	private final Map<String, String> layer;

	private int size;

	private @Nullable EntrySet entrySet;

	private LayeredMap(Map<String, String> base, Map<String, String> layer, int size) {
		this.base = base;
		this.layer = layer;
		this.size = size;
	}

	/**
	 * Return a map to build on: the given entries, changed from here on without touching
	 * them.
	 * @param previous the entries of the previous snapshot, which must not change
	 * @return the new map
	 */
	static LayeredMap on(Map<String, String> previous) {
		Map<String, String> settled = settled(previous);
		if (settled instanceof LayeredMap layered) {
			return new LayeredMap(layered.base, new HashMap<>(layered.layer), layered.size);
		}
		return new LayeredMap(settled, new HashMap<>(), settled.size());
	}

	/**
	 * Return the entries of a map that is done changing, in a compact immutable map once
	 * its layer has outgrown the square root of its base, as the layer of a first
	 * snapshot does: an immutable map holds an entry in a quarter of the memory of a
	 * {@link HashMap}.
	 * @param map the entries, which must not change any more
	 * @return the same entries: {@code map} itself or a compact copy
	 */
	static Map<String, String> settled(Map<String, String> map) {
		if (!(map instanceof LayeredMap layered) || !layered.outgrown()) {
			return map;
		}
		return (layered.base.isEmpty()) ? Map.copyOf(layered.layer) : Map.copyOf(layered);
	}

	private boolean outgrown() {
		return this.layer.size() > Math.max(SMALLEST_FOLD, (int) Math.sqrt(this.base.size()));
	}

	@Override
	public @Nullable String get(Object key) {
		String value = this.layer.get(key);
		if (value != null) {
			return (value != REMOVED) ? value : null;
		}
		return this.base.get(key);
	}

	@Override
	public boolean containsKey(Object key) {
		return get(key) != null;
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public @Nullable String put(String key, String value) {
		String previous = get(key);
		this.layer.put(key, value);
		if (previous == null) {
			this.size++;
		}
		return previous;
	}

	@Override
	public @Nullable String remove(Object key) {
		String previous = get(key);
		if (previous != null) {
			String name = (String) key;
			if (this.base.containsKey(name)) {
				this.layer.put(name, REMOVED);
			}
			else {
				this.layer.remove(name);
			}
			this.size--;
		}
		return previous;
	}

	@Override
	public Set<Entry<String, String>> entrySet() {
		if (this.entrySet == null) {
			this.entrySet = new EntrySet();
		}
		return this.entrySet;
	}

	private final class EntrySet extends AbstractSet<Entry<String, String>> {

		@Override
		public int size() {
			return LayeredMap.this.size;
		}

		@Override
		public Iterator<Entry<String, String>> iterator() {
			return new Entries();
		}

	}

	/** The base's entries the layer leaves alone, then the layer's own. */
	private final class Entries implements Iterator<Entry<String, String>> {

		private final Iterator<Entry<String, String>> base = LayeredMap.this.base.entrySet().iterator();

		private final Iterator<Entry<String, String>> layer = LayeredMap.this.layer.entrySet().iterator();

		private @Nullable Entry<String, String> next = advance();

		@Override
		public boolean hasNext() {
			return this.next != null;
		}

		@Override
		public Entry<String, String> next() {
			if (this.next == null) {
				throw new NoSuchElementException();
			}
			Entry<String, String> current = this.next;
			this.next = advance();
			return current;
		}

		private @Nullable Entry<String, String> advance() {
			while (this.base.hasNext()) {
				Entry<String, String> entry = this.base.next();
				if (!LayeredMap.this.layer.containsKey(entry.getKey())) {
					return new SimpleImmutableEntry<>(entry);
				}
			}
			while (this.layer.hasNext()) {
				Entry<String, String> entry = this.layer.next();
				if (entry.getValue() != REMOVED) {
					return new SimpleImmutableEntry<>(entry);
				}
			}
			return null;
		}

	}

}
