package dev.zkconfig.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import javax.management.ObjectName;

/**
 * The peak of the requests the in-process ZooKeeper servers hold outstanding (received,
 * not yet answered; their {@code OutstandingRequests} counter, summed over the servers),
 * sampled every millisecond by a daemon thread while it is open: the backlog a change
 * puts on them.
 */
final class OutstandingRequests implements AutoCloseable {

	private static final long SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	/** The servers' beans, found once: the sampler reads one attribute of each. */
	private final List<ObjectName> servers = ServerCounters.servers();

	private final AtomicLong peak = new AtomicLong();

	private final Thread sampler = new Thread(this::sampleUntilClosed, "outstanding-requests");

	private volatile boolean open = true;

	private OutstandingRequests() {
		this.sampler.setDaemon(true);
	}

	/** Start sampling. */
	static OutstandingRequests sample() {
		OutstandingRequests requests = new OutstandingRequests();
		requests.sampler.start();
		return requests;
	}

	/**
	 * Return the peak since the last call, and start a new one.
	 * @return the most requests outstanding at once
	 */
	long takePeak() {
		return this.peak.getAndSet(ServerCounters.outstanding(this.servers));
	}

	private void sampleUntilClosed() {
		while (this.open) {
			long outstanding = ServerCounters.outstanding(this.servers);
			this.peak.accumulateAndGet(outstanding, Math::max);
			LockSupport.parkNanos(SAMPLE_NANOS);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.open = false;
		this.sampler.join();
	}

}
