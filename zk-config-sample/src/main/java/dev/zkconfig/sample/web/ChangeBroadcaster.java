package dev.zkconfig.sample.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import dev.zkconfig.event.ZkConfigChangeEvent;
import dev.zkconfig.event.ZkConfigRejectedEvent;
import dev.zkconfig.event.ZkConfigRejectionsResolvedEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes the page's view to every open event stream: a {@code config} event when a stream
 * opens, a {@code change} event, with the applied changes, after each
 * {@link ZkConfigChangeEvent}, a {@code rejected} event, with the rejections, after each
 * {@link ZkConfigRejectedEvent}, and the view again after each
 * {@link ZkConfigRejectionsResolvedEvent}.
 */
@Component
public class ChangeBroadcaster implements SmartLifecycle {

	// browsers reconnect an EventSource by themselves when it times out
	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private static final Log logger = LogFactory.getLog(ChangeBroadcaster.class);

	private final Set<SseEmitter> emitters = new CopyOnWriteArraySet<>();

	private final ConfigViewAssembler views;

	private final RejectionReader rejections;

	private volatile boolean running;

	public ChangeBroadcaster(ConfigViewAssembler views, RejectionReader rejections) {
		this.views = views;
		this.rejections = rejections;
	}

	/**
	 * Open an event stream.
	 * @return the stream, which starts with the current view
	 */
	public SseEmitter subscribe() {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		emitter.onCompletion(() -> this.emitters.remove(emitter));
		emitter.onTimeout(emitter::complete);
		emitter.onError((ex) -> this.emitters.remove(emitter));
		this.emitters.add(emitter);
		send(emitter, SseEmitter.event().name("config").data(this.views.currentView(), MediaType.APPLICATION_JSON));
		return emitter;
	}

	// after the history, so that the view includes these changes
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void onChange(ZkConfigChangeEvent event) {
		Instant now = Instant.now();
		List<RecentChange> changes = event.getChanges().stream().map((change) -> RecentChange.of(change, now)).toList();
		broadcast("change", new ChangeMessage(changes, this.views.currentView()));
	}

	// the starter records a rejection before it publishes the event, so the view has it
	@EventListener
	void onRejected(ZkConfigRejectedEvent event) {
		List<RejectedChange> rejected = this.rejections.describe(event.getRejections());
		broadcast("rejected", new RejectedMessage(rejected, this.views.currentView()));
	}

	// a good value written back resolves a rejection without changing anything: the page
	// still has to hear of it
	@EventListener
	void onResolved(ZkConfigRejectionsResolvedEvent event) {
		broadcast("config", this.views.currentView());
	}

	private void broadcast(String name, Object message) {
		for (SseEmitter emitter : this.emitters) {
			send(emitter, SseEmitter.event().name(name).data(message, MediaType.APPLICATION_JSON));
		}
	}

	private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException ex) {
			// the browser went away: forget the stream
			logger.debug("Dropping a closed event stream", ex);
			this.emitters.remove(emitter);
			emitter.completeWithError(ex);
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Close the open streams first, so that a graceful shutdown of the web server does
	 * not wait for them.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.emitters.forEach(SseEmitter::complete);
		this.emitters.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * The data of a {@code change} event.
	 *
	 * @param changes the applied changes, masked
	 * @param config the view after them
	 */
	public record ChangeMessage(List<RecentChange> changes, ConfigView config) {
	}

	/**
	 * The data of a {@code rejected} event.
	 *
	 * @param rejections why the change was rejected, one per key or znode at fault; never
	 * a value
	 * @param config the view after the rejection: the last good values
	 */
	public record RejectedMessage(List<RejectedChange> rejections, ConfigView config) {
	}

}
