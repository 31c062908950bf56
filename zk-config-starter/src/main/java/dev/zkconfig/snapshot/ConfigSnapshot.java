package dev.zkconfig.snapshot;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The accepted configuration of one ZooKeeper context: an immutable, versioned set of
 * properties that the context's {@code PropertySource} serves. A new snapshot replaces
 * the previous one in a single step, once it has been checked, so readers never see a
 * change half applied.
 * <p>
 * The version is the highest ZooKeeper transaction id (zxid) the snapshot reflects.
 */
public final class ConfigSnapshot {

	private static final String[] NO_NAMES = {};

	private final String contextPath;

	private final Map<String, String> properties;

	private final Map<String, String> propertiesView;

	private final Map<String, String> origins;

	private final Map<String, String> originsView;

	private final String[] names;

	private final Set<String> placeholderKeys;

	private final long zxid;

	private final Instant acceptedAt;

	private final Origin origin;

	/**
	 * Create a snapshot.
	 * @param contextPath the context's znode path
	 * @param properties the properties; the map is not copied and must not change
	 * afterwards
	 * @param origins the znode each key comes from, for the keys that do not come from
	 * their canonical key znode ({@link ZNodeKeys#pathOf(String, String)}); not copied
	 * @param names the keys of the properties, sorted; {@code null} to derive them
	 * @param placeholderKeys the keys whose values hold a placeholder; {@code null} to
	 * derive them
	 * @param zxid the highest zxid the snapshot reflects
	 * @param acceptedAt when it was accepted
	 * @param origin where it was read from
	 */
	public ConfigSnapshot(String contextPath, Map<String, String> properties, Map<String, String> origins,
			String @Nullable [] names, @Nullable Set<String> placeholderKeys, long zxid, Instant acceptedAt,
			Origin origin) {
		this.contextPath = contextPath;
		this.properties = properties;
		this.propertiesView = Collections.unmodifiableMap(properties);
		this.origins = origins;
		this.originsView = Collections.unmodifiableMap(origins);
		this.names = (names != null) ? names : sortedKeys(properties);
		this.placeholderKeys = (placeholderKeys != null) ? placeholderKeys : placeholderKeysOf(properties);
		this.zxid = zxid;
		this.acceptedAt = acceptedAt;
		this.origin = origin;
	}

	/**
	 * Return an empty snapshot of a context, the state before anything was read.
	 * @param contextPath the context's znode path
	 * @return the snapshot
	 */
	public static ConfigSnapshot empty(String contextPath) {
		return new ConfigSnapshot(contextPath, Map.of(), Map.of(), NO_NAMES, Set.of(), 0, Instant.EPOCH,
				Origin.ZOOKEEPER);
	}

	private static String[] sortedKeys(Map<String, String> properties) {
		String[] names = properties.keySet().toArray(NO_NAMES);
		Arrays.sort(names);
		return names;
	}

	private static Set<String> placeholderKeysOf(Map<String, String> properties) {
		Set<String> keys = new HashSet<>();
		properties.forEach((key, value) -> {
			if (holdsPlaceholder(value)) {
				keys.add(key);
			}
		});
		return Set.copyOf(keys);
	}

	/**
	 * Whether a value holds a placeholder, which the {@code Environment} resolves when
	 * the value is read.
	 * @param value the value
	 * @return {@code true} if it holds <code>${</code>
	 */
	public static boolean holdsPlaceholder(String value) {
		return value.contains("${");
	}

	/**
	 * Return the znode path of the context.
	 * @return the context path
	 */
	public String getContextPath() {
		return this.contextPath;
	}

	/**
	 * Return the properties.
	 * @return the properties, unmodifiable
	 */
	public Map<String, String> getProperties() {
		return this.propertiesView;
	}

	/** The properties map itself, for builders that share it with a new snapshot. */
	Map<String, String> properties() {
		return this.properties;
	}

	/**
	 * Return a property's value.
	 * @param key the key
	 * @return the value, or {@code null} if the snapshot has no such property
	 */
	public @Nullable String get(String key) {
		return this.properties.get(key);
	}

	/**
	 * Return the keys of the properties, sorted. The same array is shared by every
	 * snapshot with the same keys, so that caches keyed on it stay valid.
	 * @return the keys; callers must not modify the array
	 */
	public String[] getNames() {
		return this.names;
	}

	/**
	 * Return the keys whose values hold a placeholder ({@code ${...}}): their values
	 * change with the keys they refer to.
	 * @return the keys, unmodifiable; usually empty
	 */
	public Set<String> getPlaceholderKeys() {
		return this.placeholderKeys;
	}

	/**
	 * Return the znode a property comes from: a key znode or a document.
	 * @param key the key
	 * @return the znode path, or {@code null} if the snapshot has no such property
	 */
	public @Nullable String getOrigin(String key) {
		if (!this.properties.containsKey(key)) {
			return null;
		}
		String origin = this.origins.get(key);
		return (origin != null) ? origin : ZNodeKeys.pathOf(this.contextPath, key);
	}

	/**
	 * Return the origins of the keys that do not come from their canonical key znode.
	 * @return znode paths by key, unmodifiable
	 */
	public Map<String, String> getOrigins() {
		return this.originsView;
	}

	/** The origins map itself, for builders that share it with a new snapshot. */
	Map<String, String> origins() {
		return this.origins;
	}

	/**
	 * Return the highest ZooKeeper transaction id this snapshot reflects: its version.
	 * @return the zxid
	 */
	public long getZxid() {
		return this.zxid;
	}

	/**
	 * Return when this snapshot was accepted.
	 * @return the time
	 */
	public Instant getAcceptedAt() {
		return this.acceptedAt;
	}

	/**
	 * Return where this snapshot was read from.
	 * @return the origin
	 */
	public Origin getOrigin() {
		return this.origin;
	}

	@Override
	public String toString() {
		return "ConfigSnapshot " + this.contextPath + " zxid 0x" + Long.toHexString(this.zxid) + " ("
				+ this.properties.size() + " properties, accepted " + this.acceptedAt + ")";
	}

	/**
	 * Where a snapshot was read from.
	 */
	public enum Origin {

		/** Read from ZooKeeper. */
		ZOOKEEPER,

		/** Read from a local snapshot file. */
		LOCAL_FILE

	}

}
