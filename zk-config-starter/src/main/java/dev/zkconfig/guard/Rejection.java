package dev.zkconfig.guard;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Why a change to a ZooKeeper context was not accepted. It never holds a value.
 *
 * @param context the context's znode path
 * @param key the property key, or {@code null} when a whole document or the context is at
 * fault
 * @param path the znode at fault
 * @param target what could not take the value, such as
 * {@code field 'repeat' of bean 'greeting'}, or {@code null} when the znode itself is at
 * fault
 * @param reason what is wrong
 * @param zxid the zxid of the change
 * @param time when the change was rejected
 */
public record Rejection(String context, @Nullable String key, String path, @Nullable String target, String reason,
		long zxid, Instant time) {

	/**
	 * Describe the rejection in one line, as it is logged.
	 * @return the description
	 */
	public String describe() {
		StringBuilder description = new StringBuilder();
		if (this.key != null) {
			description.append("key '").append(this.key).append("' (znode ").append(this.path).append(")");
		}
		else {
			description.append("znode ").append(this.path);
		}
		if (this.target != null) {
			description.append(" for ").append(this.target);
		}
		return description.append(": ").append(this.reason).toString();
	}

	@Override
	public String toString() {
		return "Rejection " + describe() + " [" + this.context + ", zxid 0x" + Long.toHexString(this.zxid) + "]";
	}

}
