package dev.zkconfig.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of every thread of the process (application, Curator, the in-process ZooKeeper
 * server) but the calling one, which polls and is left out. Summed per thread because the
 * process-wide figure only moves in scheduler ticks, too coarse for one change.
 */
final class Cpu {

	private static final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final long self = Thread.currentThread().getId();

	private final Map<Long, Long> start;

	private Cpu() {
		this.start = snapshot();
	}

	/** Start measuring on the calling thread. */
	static Cpu start() {
		return new Cpu();
	}

	/** CPU milliseconds used since the start by every thread but the calling one. */
	double othersMillis() {
		long total = 0;
		for (Map.Entry<Long, Long> entry : snapshot().entrySet()) {
			total += entry.getValue() - this.start.getOrDefault(entry.getKey(), 0L);
		}
		return total / 1e6;
	}

	private Map<Long, Long> snapshot() {
		Map<Long, Long> times = new HashMap<>();
		for (long id : threads.getAllThreadIds()) {
			long time = threads.getThreadCpuTime(id);
			if (id != this.self && time >= 0) {
				times.put(id, time);
			}
		}
		return times;
	}

}
