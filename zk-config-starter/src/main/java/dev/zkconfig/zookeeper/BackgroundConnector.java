package dev.zkconfig.zookeeper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Waits, on a thread of its own, until one of the servers of a connect string accepts a
 * connection, then runs an action once. It tries with a plain socket, quietly, backing
 * off from half a second to half a minute, so that a ZooKeeper that is down costs neither
 * a thread busy retrying nor a log line per attempt.
 */
final class BackgroundConnector implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(BackgroundConnector.class);

	private static final Duration FIRST_DELAY = Duration.ofMillis(500);

	private static final Duration MAX_DELAY = Duration.ofSeconds(30);

	private static final int PROBE_TIMEOUT_MILLIS = 2000;

	private final String connectString;

	private final Runnable onReachable;

	private final Object lock = new Object();

	private final Thread thread;

	private boolean closed;

	BackgroundConnector(String connectString, Runnable onReachable) {
		this.connectString = connectString;
		this.onReachable = onReachable;
		this.thread = new Thread(this::run, "zkconfig-connector");
		this.thread.setDaemon(true);
	}

	void start() {
		this.thread.start();
	}

	private void run() {
		long delay = FIRST_DELAY.toMillis();
		int attempts = 0;
		while (!isClosed()) {
			attempts++;
			if (reachable()) {
				logger.debug("ZooKeeper at " + this.connectString + " accepts connections after " + attempts
						+ " attempts: connecting");
				this.onReachable.run();
				return;
			}
			logger.debug("ZooKeeper at " + this.connectString + " is not reachable yet (attempt " + attempts
					+ "); trying again in " + delay + " ms");
			synchronized (this.lock) {
				try {
					if (!this.closed) {
						this.lock.wait(delay);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			delay = Math.min(delay * 2, MAX_DELAY.toMillis());
		}
	}

	/**
	 * Whether a server of the connect string (without its chroot) accepts a connection.
	 */
	private boolean reachable() {
		String hosts = this.connectString;
		int chroot = hosts.indexOf('/');
		if (chroot >= 0) {
			hosts = hosts.substring(0, chroot);
		}
		for (String server : hosts.split(",")) {
			int colon = server.lastIndexOf(':');
			String host = (colon > 0) ? server.substring(0, colon).trim() : server.trim();
			int port = (colon > 0) ? Integer.parseInt(server.substring(colon + 1).trim()) : 2181;
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(host, port), PROBE_TIMEOUT_MILLIS);
				return true;
			}
			catch (IOException | IllegalArgumentException ex) {
				// the next server
			}
		}
		return false;
	}

	private boolean isClosed() {
		synchronized (this.lock) {
			return this.closed;
		}
	}

	@Override
	public void close() {
		synchronized (this.lock) {
			this.closed = true;
			this.lock.notifyAll();
		}
	}

}
