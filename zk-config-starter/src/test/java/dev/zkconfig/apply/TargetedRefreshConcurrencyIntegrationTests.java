package dev.zkconfig.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import dev.zkconfig.ZkTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code @RefreshScope} beans in use while they are created anew: no call reaches an
 * instance that was destroyed, no thread sees an older value after a newer one, each
 * replaced instance is destroyed exactly once, and a slow destruction holds up no caller.
 */
class TargetedRefreshConcurrencyIntegrationTests {

	private static final int CALLERS = 4;

	private static final int CHANGES = 20;

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void callersNeverReachADestroyedInstanceNorGoBackToAnOlderValue() throws Exception {
		zk.set("/config/busy/busy/value", "0");
		try (ConfigurableApplicationContext context = zk.run(BusyApp.class, "busy")) {
			Busy busy = context.getBean(Busy.class);
			assertThat(busy.value()).isEqualTo(0);
			int createdBefore = Busy.created.get();
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicReference<Throwable> failure = new AtomicReference<>();
			List<Thread> callers = new ArrayList<>();
			for (int i = 0; i < CALLERS; i++) {
				Thread caller = new Thread(() -> call(busy, running, failure), "caller-" + i);
				caller.start();
				callers.add(caller);
			}
			try {
				for (int value = 1; value <= CHANGES; value++) {
					zk.set("/config/busy/busy/value", Integer.toString(value));
					int expected = value;
					await().until(busy::value, (seen) -> seen == expected);
				}
			}
			finally {
				running.set(false);
				for (Thread caller : callers) {
					caller.join();
				}
			}
			assertThat(failure.get()).isNull();
			assertThat(Busy.created.get() - createdBefore).isEqualTo(CHANGES);
			assertThat(Busy.destroyed).hasSize(CHANGES);
		}
		assertThat(Busy.destroyed).as("destroyed once the context is closed").hasSize(CHANGES + 1);
		assertThat(Busy.destroyedTwice.get()).isZero();
	}

	@Test
	void callersReachTheNewInstanceWhileTheOldOneIsStillBeingDestroyed() throws Exception {
		zk.set("/config/draining/pool/size", "1");
		try (ConfigurableApplicationContext context = zk.run(DrainingApp.class, "draining")) {
			Draining pool = context.getBean(Draining.class);
			assertThat(pool.size()).isEqualTo(1);
			CountDownLatch drained = Draining.drained;
			zk.set("/config/draining/pool/size", "2");
			await().until(() -> Draining.draining.getCount() == 0);
			try {
				CompletableFuture<Integer> call = CompletableFuture.supplyAsync(pool::size);
				await().until(call::isDone);
				assertThat(call.get()).isEqualTo(2);
			}
			finally {
				drained.countDown();
			}
			zk.set("/config/draining/pool/size", "3");
			await().until(pool::size, (size) -> size == 3);
		}
	}

	/** Call the bean until told to stop; record the first failure or step back. */
	private static void call(Busy busy, AtomicBoolean running, AtomicReference<Throwable> failure) {
		int last = -1;
		while (running.get()) {
			try {
				int value = busy.value();
				if (value < last) {
					throw new AssertionError("Saw " + value + " after " + last);
				}
				last = value;
			}
			catch (Throwable ex) {
				failure.compareAndSet(null, ex);
			}
			LockSupport.parkNanos(20_000);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class BusyApp {

		@Bean
		@RefreshScope
		Busy busy(@Value("${busy.value}") int value) {
			return new Busy(value);
		}

	}

	/** Refuses calls once destroyed; counts its creations and destructions. */
	public static class Busy {

		static final AtomicInteger created = new AtomicInteger();

		static final Set<Integer> destroyed = ConcurrentHashMap.newKeySet();

		static final AtomicInteger destroyedTwice = new AtomicInteger();

		private final int value;

		private final int instance = created.incrementAndGet();

		private volatile boolean closed;

		public Busy(int value) {
			this.value = value;
		}

		public int value() {
			if (this.closed) {
				throw new IllegalStateException("Instance " + this.instance + " was called after it was destroyed");
			}
			return this.value;
		}

		public void close() {
			if (!destroyed.add(this.instance)) {
				destroyedTwice.incrementAndGet();
			}
			this.closed = true;
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class DrainingApp {

		@Bean
		@RefreshScope
		Draining draining(@Value("${pool.size}") int size) {
			return new Draining(size);
		}

	}

	/**
	 * Like a connection pool that waits for its connections to come back when it is
	 * closed: the first instance destroyed waits until the test lets it go.
	 */
	public static class Draining {

		static final CountDownLatch draining = new CountDownLatch(1);

		static final CountDownLatch drained = new CountDownLatch(1);

		private final int size;

		public Draining(int size) {
			this.size = size;
		}

		public int size() {
			return this.size;
		}

		public void close() throws InterruptedException {
			if (draining.getCount() > 0) {
				draining.countDown();
				if (!drained.await(30, TimeUnit.SECONDS)) {
					throw new IllegalStateException("Not let go");
				}
			}
		}

	}

}
