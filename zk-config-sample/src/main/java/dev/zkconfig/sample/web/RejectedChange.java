package dev.zkconfig.sample.web;

import dev.zkconfig.guard.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * One change to ZooKeeper configuration that the application rejected, as the page shows
 * it. It has no value: the application never used the rejected one.
 *
 * @param key the property key, {@code null} when a whole document or context is at fault
 * @param path the znode at fault
 * @param target what could not take the value, such as a bean's field, or {@code null}
 * when the znode itself is at fault
 * @param reason what is wrong
 * @param context the ZooKeeper context of the change
 * @param version the zxid of the rejected change, in hex
 * @param time when the change was rejected, ISO-8601
 * @param standing whether the rejection still stands: ZooKeeper holds data that the
 * application does not use; {@code false} once a later change of the znode was accepted
 */
public record RejectedChange(@Nullable String key, String path, @Nullable String target, String reason, String context,
		String version, String time, boolean standing) {

	static RejectedChange of(Rejection rejection, boolean standing) {
		return new RejectedChange(rejection.key(), rejection.path(), rejection.target(), rejection.reason(),
				rejection.context(), Versions.hex(rejection.zxid()), rejection.time().toString(), standing);
	}

}
