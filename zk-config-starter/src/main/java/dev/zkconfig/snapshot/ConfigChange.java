package dev.zkconfig.snapshot;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.zkconfig.support.SecretValues;
import org.jspecify.annotations.Nullable;

/**
 * One property that differs between two accepted snapshots of a ZooKeeper context.
 * <p>
 * {@link #toString()} names the key and what happened to it, never a value, since it
 * cannot know the application's own secret key patterns; the accessors return the real
 * values, and {@link #sanitizedNewValue(SecretValues)} the value as it may be shown.
 *
 * @param context the absolute znode path of the context, for example
 * {@code /config/application}
 * @param key the property key
 * @param oldValue the value before the change, {@code null} if the key was added
 * @param newValue the value after the change, {@code null} if the key was removed
 * @param zxid the version (zxid) of the snapshot that holds the new value
 */
public record ConfigChange(String context, String key, @Nullable String oldValue, @Nullable String newValue,
		long zxid) {

	/**
	 * What happened to a key.
	 */
	public enum Kind {

		/** The key did not exist before. */
		ADDED,

		/** The key has a new value. */
		UPDATED,

		/** The key no longer exists. */
		REMOVED

	}

	/**
	 * Return the keys of some changes, in their order, each once.
	 * @param changes the changes
	 * @return the keys, unmodifiable
	 */
	public static Set<String> keysOf(List<ConfigChange> changes) {
		Set<String> keys = new LinkedHashSet<>();
		changes.forEach((change) -> keys.add(change.key()));
		return Collections.unmodifiableSet(keys);
	}

	/**
	 * Return what happened to the key.
	 * @return the kind of change
	 */
	public Kind kind() {
		if (this.oldValue == null) {
			return Kind.ADDED;
		}
		return (this.newValue == null) ? Kind.REMOVED : Kind.UPDATED;
	}

	/**
	 * Return the value before the change as it may be shown, by the built-in rules only.
	 * @return the old value, masked if the key looks secret, or {@code null} if the key
	 * was added
	 * @see #sanitizedOldValue(SecretValues)
	 */
	public @Nullable String sanitizedOldValue() {
		return sanitizedOldValue(SecretValues.DEFAULTS);
	}

	/**
	 * Return the value after the change as it may be shown, by the built-in rules only.
	 * @return the new value, masked if the key looks secret, or {@code null} if the key
	 * was removed
	 * @see #sanitizedNewValue(SecretValues)
	 */
	public @Nullable String sanitizedNewValue() {
		return sanitizedNewValue(SecretValues.DEFAULTS);
	}

	/**
	 * Return the value before the change as it may be shown.
	 * @param secrets the application's rules (its {@link SecretValues} bean)
	 * @return the old value, masked if the key looks secret, or {@code null} if the key
	 * was added
	 */
	public @Nullable String sanitizedOldValue(SecretValues secrets) {
		return secrets.mask(this.key, this.oldValue);
	}

	/**
	 * Return the value after the change as it may be shown.
	 * @param secrets the application's rules (its {@link SecretValues} bean)
	 * @return the new value, masked if the key looks secret, or {@code null} if the key
	 * was removed
	 */
	public @Nullable String sanitizedNewValue(SecretValues secrets) {
		return secrets.mask(this.key, this.newValue);
	}

	@Override
	public String toString() {
		return this.key + " [" + this.context + "]: " + kind().name().toLowerCase(Locale.ROOT) + " (zxid 0x"
				+ Long.toHexString(this.zxid) + ")";
	}

}
