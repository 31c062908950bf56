package dev.zkconfig.snapshot;

import org.jspecify.annotations.Nullable;

/**
 * A znode whose data cannot become configuration: malformed, not text, too large or not
 * readable.
 *
 * @param path the znode's path
 * @param key the property key it gives, or {@code null} for a document or the context
 * @param reason what is wrong, never quoting the data
 */
public record ZNodeProblem(String path, @Nullable String key, String reason) {

	/**
	 * Why a znode, or a whole context, cannot be read: its ACL does not let the client's
	 * session read it.
	 */
	public static final String NO_AUTH = "cannot be read with the client's credentials (NoAuth)";

	/**
	 * Whether a reason is that the client may not read the znode.
	 * @param reason a reason, may be {@code null}
	 * @return {@code true} for {@link #NO_AUTH}
	 */
	public static boolean isNoAuth(@Nullable String reason) {
		return NO_AUTH.equals(reason);
	}

	@Override
	public String toString() {
		return "znode " + this.path + ((this.key != null) ? " (key '" + this.key + "')" : "") + " " + this.reason;
	}

}
