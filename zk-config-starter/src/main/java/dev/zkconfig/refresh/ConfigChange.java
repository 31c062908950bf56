package dev.zkconfig.refresh;

import dev.zkconfig.support.SecretValues;

/**
 * One property changed in a ZooKeeper configuration context.
 * <p>
 * {@link #toString()} masks the values of secret-looking keys; the accessors return the
 * real values.
 *
 * @param context the absolute znode path of the context, for example
 * {@code /config/application}
 * @param key the property key
 * @param oldValue the value before the change, {@code null} if the key was added
 * @param newValue the value after the change, {@code null} if the key was deleted
 */
public record ConfigChange(String context, String key, String oldValue, String newValue) {

	/**
	 * Whether the key was added.
	 * @return {@code true} if there was no value before
	 */
	public boolean isAdded() {
		return this.oldValue == null;
	}

	/**
	 * Whether the key was deleted.
	 * @return {@code true} if there is no value after
	 */
	public boolean isDeleted() {
		return this.newValue == null;
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
