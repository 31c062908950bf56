package dev.zkconfig.refresh;

import org.springframework.context.SmartLifecycle;

/**
 * Attaches a {@link ChangeApplier} to a {@link ChangeDispatcher} while the application
 * context runs. It starts last, once every bean is ready, so changes that arrive during
 * startup are applied right after it.
 */
public class ChangeApplierLifecycle implements SmartLifecycle {

	private final ChangeDispatcher dispatcher;

	private final ChangeApplier applier;

	private volatile boolean running;

	/**
	 * Create a lifecycle.
	 * @param dispatcher the dispatcher
	 * @param applier the applier to attach
	 */
	public ChangeApplierLifecycle(ChangeDispatcher dispatcher, ChangeApplier applier) {
		this.dispatcher = dispatcher;
		this.applier = applier;
	}

	@Override
	public void start() {
		this.dispatcher.attach(this.applier);
		this.running = true;
	}

	@Override
	public void stop() {
		this.dispatcher.detach(this.applier);
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
