package dev.zkconfig.refresh;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChangeDispatcherTests {

	private final List<ChangeBatch> batches = new CopyOnWriteArrayList<>();

	private ChangeDispatcher dispatcher;

	@AfterEach
	void close() {
		this.dispatcher.close();
	}

	@Test
	void keepsChangesUntilAnApplierIsAttached() {
		this.dispatcher = new ChangeDispatcher(Duration.ZERO, "test");
		this.dispatcher.submit(change("a", null, "1"));
		assertThat(this.dispatcher.hasPendingChanges()).isTrue();
		this.dispatcher.attach(this.batches::add);
		await().until(() -> this.batches.size() == 1);
		assertThat(this.batches.get(0).changes()).containsExactly(change("a", null, "1"));
		assertThat(this.dispatcher.getAppliedBatchCount()).isEqualTo(1);
	}

	@Test
	void mergesChangesOfOneKeyWhileABatchIsApplied() throws Exception {
		this.dispatcher = new ChangeDispatcher(Duration.ZERO, "test");
		CountDownLatch applying = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		this.dispatcher.attach((batch) -> {
			this.batches.add(batch);
			applying.countDown();
			awaitLatch(release);
		});
		this.dispatcher.submit(change("a", "0", "1"));
		assertThat(applying.await(10, TimeUnit.SECONDS)).isTrue();
		this.dispatcher.submit(change("a", "1", "2"));
		this.dispatcher.submit(change("b", null, "x"));
		this.dispatcher.submit(change("a", "2", "3"));
		this.dispatcher.submit(change("b", "x", null));
		release.countDown();
		await().until(() -> this.batches.size() == 2);
		ChangeBatch second = this.batches.get(1);
		assertThat(second.changes()).containsExactly(change("a", "1", "3"));
		assertThat(second.keys()).containsExactlyInAnyOrder("a", "b");
	}

	@Test
	void appliesAnIsolatedChangeAtOnceAndCoalescesTheRestOfABurst() {
		this.dispatcher = new ChangeDispatcher(Duration.ofSeconds(30), "test");
		this.dispatcher.attach(this.batches::add);
		this.dispatcher.submit(change("a", "0", "1"));
		await().until(() -> this.batches.size() == 1);
		for (int i = 1; i < 100; i++) {
			this.dispatcher.submit(change("a", String.valueOf(i), String.valueOf(i + 1)));
		}
		assertThat(this.dispatcher.hasPendingChanges()).isTrue();
		assertThat(this.batches).hasSize(1);
	}

	@Test
	void keepsApplyingAfterAnApplierFails() {
		this.dispatcher = new ChangeDispatcher(Duration.ZERO, "test");
		this.dispatcher.attach((batch) -> {
			this.batches.add(batch);
			throw new IllegalStateException("boom");
		});
		this.dispatcher.submit(change("a", null, "1"));
		await().until(() -> this.batches.size() == 1);
		this.dispatcher.submit(change("a", "1", "2"));
		await().until(() -> this.batches.size() == 2);
	}

	@Test
	void closeStopsTheThread() {
		this.dispatcher = new ChangeDispatcher(Duration.ZERO, "closing-dispatcher");
		this.dispatcher.close();
		assertThat(Thread.getAllStackTraces().keySet())
			.noneMatch((thread) -> thread.getName().equals("closing-dispatcher"));
	}

	private static ConfigChange change(String key, String oldValue, String newValue) {
		return new ConfigChange("/config/app", key, oldValue, newValue);
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
