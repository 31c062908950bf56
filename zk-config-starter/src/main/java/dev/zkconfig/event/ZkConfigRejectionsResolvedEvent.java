package dev.zkconfig.event;

import java.util.List;

import dev.zkconfig.guard.Rejection;

import org.springframework.context.ApplicationEvent;

/**
 * Published when rejected changes no longer stand: a later state of their znodes has been
 * accepted, whether it changed the configuration or restored what was already in use.
 */
public class ZkConfigRejectionsResolvedEvent extends ApplicationEvent {

	private final List<Rejection> rejections;

	/**
	 * Create an event.
	 * @param source the publisher
	 * @param rejections the rejections that no longer stand
	 */
	public ZkConfigRejectionsResolvedEvent(Object source, List<Rejection> rejections) {
		super(source);
		this.rejections = List.copyOf(rejections);
	}

	/**
	 * Return the rejections that no longer stand.
	 * @return the rejections
	 */
	public List<Rejection> getRejections() {
		return this.rejections;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + " " + this.rejections;
	}

}
