package dev.zkconfig.zookeeper;

import java.time.Instant;

import org.apache.curator.framework.state.ConnectionState;
import org.jspecify.annotations.Nullable;

/**
 * Whether the configuration client is connected to ZooKeeper, and since when: kept up to
 * date from Curator's connection state.
 */
public final class ConnectionStatus {

	private volatile boolean connected;

	private volatile Instant since = Instant.now();

	private volatile @Nullable Instant lastConnected;

	void update(ConnectionState state) {
		boolean nowConnected = state.isConnected();
		if (nowConnected != this.connected) {
			this.connected = nowConnected;
			this.since = Instant.now();
		}
		if (nowConnected) {
			this.lastConnected = Instant.now();
		}
	}

	/**
	 * Whether the client is connected now.
	 * @return {@code true} if connected
	 */
	public boolean isConnected() {
		return this.connected;
	}

	/**
	 * Return when the client last connected or lost its connection.
	 * @return the time of the last change
	 */
	public Instant getSince() {
		return this.since;
	}

	/**
	 * Return when the client was last connected.
	 * @return the time, or {@code null} if it never was
	 */
	public @Nullable Instant getLastConnected() {
		return this.lastConnected;
	}

	@Override
	public String toString() {
		return (this.connected ? "connected" : "disconnected") + " since " + this.since;
	}

}
