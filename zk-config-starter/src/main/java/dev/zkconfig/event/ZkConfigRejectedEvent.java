package dev.zkconfig.event;

import java.util.List;

import dev.zkconfig.guard.Rejection;

import org.springframework.context.ApplicationEvent;

/**
 * Published when a change to ZooKeeper configuration is rejected: a znode that cannot be
 * read or parsed, or a value that a bean cannot take. The application keeps serving the
 * last accepted configuration. The event names the keys, znodes and reasons, never the
 * values.
 */
public class ZkConfigRejectedEvent extends ApplicationEvent {

	private final List<Rejection> rejections;

	/**
	 * Create an event.
	 * @param source the application context
	 * @param rejections why the change was rejected
	 */
	public ZkConfigRejectedEvent(Object source, List<Rejection> rejections) {
		super(source);
		this.rejections = List.copyOf(rejections);
	}

	/**
	 * Return why the change was rejected.
	 * @return the rejections, one per key or znode at fault
	 */
	public List<Rejection> getRejections() {
		return this.rejections;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + " " + this.rejections;
	}

}
