package dev.zkconfig.bench;

import java.util.concurrent.atomic.AtomicLong;

import dev.zkconfig.event.ZkConfigChangeEvent;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/**
 * The application of the targeted-refresh scenario: fifty {@code @RefreshScope} beans,
 * each reading its own key ({@link FiftyRefreshScopeReaders}), and two hundred
 * {@code @Value} fields in four ordinary singletons ({@link TwoHundredValueFields}), with
 * the same refresh counting as {@link BenchApplication}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ FiftyRefreshScopeReaders.class, TwoHundredValueFields.class })
public class TargetedRefreshApplication {

	/** Number of {@code @RefreshScope} beans. */
	public static final int READERS = 50;

	/** Number of {@code @Value} fields in singletons. */
	public static final int VALUE_FIELDS = 200;

	@Bean
	BenchApplication.RefreshCounter refreshCounter() {
		return new BenchApplication.RefreshCounter();
	}

	@Bean
	RoundCounter roundCounter() {
		return new RoundCounter();
	}

	/**
	 * Holds startup until the stock watcher's initial node events have been published, as
	 * {@link BenchApplication} does, so that the stock starter's startup storm stays out.
	 */
	@Bean
	@ConditionalOnProperty("bench.settle-stock-watcher")
	ApplicationRunner stockWatcherSettler(BenchApplication.RefreshCounter counter,
			@Value("${bench.settle-stock-watcher}") long expectedNodeEvents) {
		return BenchApplication.settler(counter, expectedNodeEvents);
	}

	/** A refreshable bean that shows the value of its key; counts every construction. */
	public static class Reader {

		private static final AtomicLong constructions = new AtomicLong();

		private final String value;

		public Reader(String value) {
			this.value = value;
			constructions.incrementAndGet();
		}

		public String value() {
			return this.value;
		}

		/** Return how many readers have been constructed in this JVM so far. */
		public static long constructions() {
			return constructions.get();
		}

	}

	/**
	 * Counts zk-config's completed apply rounds: it publishes a
	 * {@link ZkConfigChangeEvent} as the last step of a round, after every bean has been
	 * updated. (The stock refresh ends with a {@code RefreshScopeRefreshedEvent}, which
	 * {@link BenchApplication.RefreshCounter} counts.)
	 */
	public static class RoundCounter {

		private final AtomicLong rounds = new AtomicLong();

		@EventListener
		void onChange(ZkConfigChangeEvent event) {
			this.rounds.incrementAndGet();
		}

		/** Return the rounds zk-config has completed so far. */
		public long rounds() {
			return this.rounds.get();
		}

	}

}
