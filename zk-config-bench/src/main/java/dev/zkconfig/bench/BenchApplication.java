package dev.zkconfig.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.context.scope.refresh.RefreshScopeRefreshedEvent;
import org.springframework.cloud.endpoint.event.RefreshEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * The application both starters run in the benchmark: a {@code @RefreshScope} bean with a
 * {@code @Value} field (the probe whose getter shows a change) and a
 * {@code @ConfigurationProperties} bean, as a typical service has.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(BenchApplication.AppSettings.class)
public class BenchApplication {

	/** Property key of the value the probe bean shows. */
	public static final String PROBE_KEY = "probe.value";

	@Bean
	@RefreshScope
	Probe probe(@Value("${" + PROBE_KEY + ":none}") String value) {
		return new Probe(value);
	}

	@Bean
	RefreshCounter refreshCounter() {
		return new RefreshCounter();
	}

	/**
	 * Holds startup until the stock watcher's initial node events have been published.
	 * Spring Cloud ignores refresh events until the application is ready, so this keeps
	 * the stock starter's startup storm out of the scenarios that measure something else;
	 * the storm is measured on its own.
	 */
	@Bean
	@ConditionalOnProperty("bench.settle-stock-watcher")
	ApplicationRunner stockWatcherSettler(RefreshCounter counter,
			@Value("${bench.settle-stock-watcher}") long expectedNodeEvents) {
		return settler(counter, expectedNodeEvents);
	}

	/**
	 * A runner that waits, for at most a minute, until the stock watcher has requested a
	 * refresh for each of its initial node events, then until the refreshes are quiet.
	 * @param counter the refresh requests seen
	 * @param expectedNodeEvents the initial node events of the tree
	 * @return the runner
	 */
	static ApplicationRunner settler(RefreshCounter counter, long expectedNodeEvents) {
		return (ApplicationArguments args) -> {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (counter.refreshRequests() < expectedNodeEvents && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			counter.awaitQuiet(Duration.ofMillis(300), Duration.ofSeconds(10));
		};
	}

	/** A refreshable bean whose getter shows the current value of {@link #PROBE_KEY}. */
	public static class Probe {

		private final String value;

		public Probe(String value) {
			this.value = value;
		}

		public String getValue() {
			return this.value;
		}

	}

	/** A bound bean, rebound on every environment change. */
	@ConfigurationProperties("app")
	public static class AppSettings {

		private String title = "bench";

		private int size;

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public int getSize() {
			return this.size;
		}

		public void setSize(int size) {
			this.size = size;
		}

	}

	/**
	 * Counts the events a refresh publishes, whichever starter caused it. A listener
	 * bean, not {@code @EventListener} methods: those are registered only once every
	 * singleton exists, and the stock watcher publishes its first events from its
	 * {@code @PostConstruct}, before that; they were lost, and a start could wait a
	 * minute for them.
	 */
	public static class RefreshCounter implements SmartApplicationListener {

		private final AtomicLong environmentChanges = new AtomicLong();

		private final AtomicLong scopeRefreshes = new AtomicLong();

		private final AtomicLong refreshRequests = new AtomicLong();

		private volatile long lastEventNanos = System.nanoTime();

		@Override
		public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
			return EnvironmentChangeEvent.class.isAssignableFrom(eventType)
					|| RefreshScopeRefreshedEvent.class.isAssignableFrom(eventType)
					|| RefreshEvent.class.isAssignableFrom(eventType);
		}

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (event instanceof EnvironmentChangeEvent) {
				this.environmentChanges.incrementAndGet();
			}
			else if (event instanceof RefreshScopeRefreshedEvent) {
				this.scopeRefreshes.incrementAndGet();
			}
			else {
				this.refreshRequests.incrementAndGet();
			}
			this.lastEventNanos = System.nanoTime();
		}

		/** Return the number of {@code @RefreshScope} refreshes so far. */
		public long scopeRefreshes() {
			return this.scopeRefreshes.get();
		}

		/** Return the number of {@link EnvironmentChangeEvent}s so far. */
		public long environmentChanges() {
			return this.environmentChanges.get();
		}

		/** Return the number of refresh requests (the stock watcher's events) so far. */
		public long refreshRequests() {
			return this.refreshRequests.get();
		}

		/**
		 * Wait until no refresh event has been seen for the given time.
		 * @param quiet the quiet period
		 * @param cap the longest time to wait
		 * @return whether it became quiet within the cap
		 */
		public boolean awaitQuiet(Duration quiet, Duration cap) throws InterruptedException {
			long deadline = System.nanoTime() + cap.toNanos();
			while (System.nanoTime() - this.lastEventNanos < quiet.toNanos()) {
				if (System.nanoTime() > deadline) {
					return false;
				}
				Thread.sleep(20);
			}
			return true;
		}

	}

}
