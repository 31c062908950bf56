package dev.zkconfig.snapshot;

import dev.zkconfig.support.SecretValues;

/**
 * One property that differs between two accepted snapshots of a ZooKeeper context.
 * <p>
 * {@link #toString()} masks the values of secret-looking keys; the accessors return the
 * real values.
 *
 * @param context the absolute znode path of the context, for example
 * {@code /config/application}
 * @param key the property key
 * @param oldValue the value before the change, {@code null} if the key was added
 * @param newValue the value after the change, {@code null} if the key was removed
 * @param zxid the version (zxid) of the snapshot that holds the new value
 */
public record ConfigChange(String context, String key, String oldValue, String newValue, long zxid) {

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
	 * Return the value before the change as it may be shown.
	 * @return the old value, masked if the key looks secret
	 */
	public String sanitizedOldValue() {
		return SecretValues.sanitize(this.key, this.oldValue);
	}

	/**
	 * Return the value after the change as it may be shown.
	 * @return the new value, masked if the key looks secret
	 */
	public String sanitizedNewValue() {
		return SecretValues.sanitize(this.key, this.newValue);
	}

	@Override
	public String toString() {
		return this.key + " [" + this.context + "]: " + sanitizedOldValue() + " -> " + sanitizedNewValue();
	}

}
