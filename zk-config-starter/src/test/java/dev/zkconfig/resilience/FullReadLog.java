package dev.zkconfig.resilience;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Counts the completed full reads of one context from the starter's DEBUG log.
 * <p>
 * A full read that finds nothing new has no other outward sign, yet "reconnecting causes
 * no refresh" means something only once the tree has been read again. Attach it after the
 * application has started: Spring Boot's logging setup would detach it.
 */
final class FullReadLog implements AutoCloseable {

	private static final String LOGGER = "dev.zkconfig.zookeeper.FullRead";

	private final Logger logger;

	private final Level previousLevel;

	private final boolean previousAdditive;

	private final Counter counter;

	private FullReadLog(String contextPath) {
		this.logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(LOGGER);
		this.previousLevel = this.logger.getLevel();
		this.previousAdditive = this.logger.isAdditive();
		this.counter = new Counter("Full read of " + contextPath + " complete");
		this.counter.setContext(this.logger.getLoggerContext());
		this.counter.start();
		this.logger.addAppender(this.counter);
		// counted here, kept out of the console
		this.logger.setAdditive(false);
		this.logger.setLevel(Level.DEBUG);
	}

	/**
	 * Start counting the completed full reads of a context.
	 * @param contextPath the absolute znode path of the context
	 * @return the log, to close when done
	 */
	static FullReadLog of(String contextPath) {
		return new FullReadLog(contextPath);
	}

	/** The number of full reads of the context completed since attached. */
	int completed() {
		return this.counter.count.get();
	}

	@Override
	public void close() {
		this.logger.detachAppender(this.counter);
		this.counter.stop();
		this.logger.setLevel(this.previousLevel);
		this.logger.setAdditive(this.previousAdditive);
	}

	private static final class Counter extends AppenderBase<ILoggingEvent> {

		private final String message;

		private final AtomicInteger count = new AtomicInteger();

		Counter(String message) {
			this.message = message;
		}

		@Override
		protected void append(ILoggingEvent event) {
			if (event.getFormattedMessage().equals(this.message)) {
				this.count.incrementAndGet();
			}
		}

	}

}
