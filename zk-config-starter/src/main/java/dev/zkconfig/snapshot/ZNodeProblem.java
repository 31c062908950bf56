package dev.zkconfig.snapshot;

/**
 * A znode whose data cannot become configuration: malformed, not text, too large or not
 * readable.
 *
 * @param path the znode's path
 * @param key the property key it gives, or {@code null} for a document or the context
 * @param reason what is wrong, never quoting the data
 */
public record ZNodeProblem(String path, String key, String reason) {

	@Override
	public String toString() {
		return "znode " + this.path + ((this.key != null) ? " (key '" + this.key + "')" : "") + " " + this.reason;
	}

}
