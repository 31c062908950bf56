package dev.zkconfig.apply;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.zkconfig.event.ZkConfigRejectedEvent;
import dev.zkconfig.event.ZkConfigRejectionsResolvedEvent;
import dev.zkconfig.guard.Rejection;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.snapshot.ConfigContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Makes a rejected change known: one error in the log naming each key, znode, target and
 * reason (never a value), a record in {@link Rejections}, and a
 * {@link ZkConfigRejectedEvent}.
 */
final class RejectionReporter {

	private static final Log logger = LogFactory.getLog(RejectionReporter.class);

	private final Rejections rejections;

	private final ApplicationEventPublisher publisher;

	private final List<ChangeListener> listeners;

	RejectionReporter(Rejections rejections, ApplicationEventPublisher publisher, List<ChangeListener> listeners) {
		this.rejections = rejections;
		this.publisher = publisher;
		this.listeners = listeners;
	}

	void rejected(ConfigContext context, List<Rejection> rejected) {
		this.rejections.record(rejected);
		logger.error("Rejected a change to ZooKeeper configuration context " + context.getContextPath()
				+ "; the application keeps its last accepted configuration (zxid 0x"
				+ Long.toHexString(context.getAccepted().getZxid()) + "): "
				+ rejected.stream().map(Rejection::describe).collect(Collectors.joining("; ")));
		this.publisher.publishEvent(new ZkConfigRejectedEvent(this, rejected));
		this.listeners.forEach((listener) -> listener.rejected(context.getContextPath(), rejected));
	}

	void resolved(Set<String> paths) {
		List<Rejection> resolved = this.rejections.resolved(paths);
		if (!resolved.isEmpty()) {
			this.publisher.publishEvent(new ZkConfigRejectionsResolvedEvent(this, resolved));
		}
	}

}
