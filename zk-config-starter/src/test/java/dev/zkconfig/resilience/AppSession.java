package dev.zkconfig.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.zkconfig.zookeeper.ZkConfigClient;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.ZooKeeper;

import org.springframework.context.ApplicationContext;

/**
 * The ZooKeeper session of a running application, as its own client holds it: to break it
 * the way a network or a server would, and to see whether it is back.
 */
final class AppSession {

	private final CuratorFramework curator;

	private AppSession(CuratorFramework curator) {
		this.curator = curator;
	}

	static AppSession of(ApplicationContext context) {
		return new AppSession(context.getBean(ZkConfigClient.class).getCurator());
	}

	/** The handle Curator uses now; a new one after each session expiry. */
	ZooKeeper zooKeeper() {
		try {
			return this.curator.getZookeeperClient().getZooKeeper();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean isConnected() {
		return this.curator.getZookeeperClient().isConnected();
	}

	long sessionId() {
		return zooKeeper().getSessionId();
	}

	/** Drop the connection; the client reconnects at once, with the same session. */
	void closeSocket() {
		try {
			zooKeeper().getTestable().closeSocket();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Expire the session on the client's side; Curator then starts a new session. */
	void expire() {
		zooKeeper().getTestable().injectSessionExpiration();
	}

}
