package dev.zkconfig.actuate;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * What the {@code zkconfig} endpoint shows of one key: where it comes from, its recent
 * changes and the beans that read it.
 *
 * @param key the key
 * @param value the value the Environment serves, hidden unless values are shown;
 * {@code null} if it has none
 * @param sources each context that has the key, the one that wins first
 * @param changes its recent changes, newest first
 * @param readBy the beans that read it
 */
public record ZkConfigKeyDescriptor(String key, @Nullable Object value, List<Source> sources,
		List<ZkConfigDescriptor.Change> changes, ReadBy readBy) implements OperationResponseBody {

	/**
	 * A context that has the key.
	 *
	 * @param context the context's znode path
	 * @param znode the znode the value comes from, a key znode or a document
	 * @param value the value, hidden unless values are shown; {@code null} if a
	 * sanitizing function leaves none
	 */
	public record Source(String context, String znode, @Nullable Object value) {
	}

	/**
	 * The beans that read a key.
	 *
	 * @param values the {@code @Value} injection points whose placeholders read it
	 * @param configurationProperties the {@code @ConfigurationProperties} beans whose
	 * prefix covers it
	 */
	public record ReadBy(List<String> values, List<String> configurationProperties) {
	}

}
