package dev.zkconfig.bench;

import java.time.Duration;
import java.util.Map;

/**
 * Prints the stack of every thread to standard error when an application takes much
 * longer to start than any start of the benchmark should, so that a stall (a run once
 * stood still for about a minute before the stock application's first line) shows where
 * it waits.
 */
final class StartWatchdog implements AutoCloseable {

	/**
	 * Longer than the slowest start of the full plan, and than its 20 s cap on a start.
	 */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final Thread thread;

	private StartWatchdog(String what) {
		this.thread = new Thread(() -> {
			try {
				Thread.sleep(PATIENCE.toMillis());
			}
			catch (InterruptedException ex) {
				return;
			}
			System.err.println(dump(what));
		}, "bench-start-watchdog");
		this.thread.setDaemon(true);
	}

	/**
	 * Watch a start until closed.
	 * @param what what is starting, for the report
	 * @return the watchdog, to close once started
	 */
	static StartWatchdog watch(String what) {
		StartWatchdog watchdog = new StartWatchdog(what);
		watchdog.thread.start();
		return watchdog;
	}

	private static String dump(String what) {
		StringBuilder dump = new StringBuilder(what).append(" has not started after ")
			.append(PATIENCE.toSeconds())
			.append(" s; its threads:\n");
		for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
			Thread thread = entry.getKey();
			dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
			for (StackTraceElement frame : entry.getValue()) {
				dump.append("    at ").append(frame).append('\n');
			}
		}
		return dump.toString();
	}

	@Override
	public void close() {
		this.thread.interrupt();
	}

}
