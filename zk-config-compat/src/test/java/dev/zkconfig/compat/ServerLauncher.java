package dev.zkconfig.compat;

import java.io.IOException;

import org.apache.zookeeper.server.ZooKeeperServerMain;

/**
 * Runs {@link ZooKeeperServerMain} in the server's own JVM, which loads this class from
 * the test classes and ZooKeeper from that release's jars. The server ends when its
 * standard input closes, so a test JVM that dies leaves no server behind.
 */
final class ServerLauncher {

	private ServerLauncher() {
	}

	public static void main(String[] args) {
		Thread watchdog = new Thread(() -> {
			try {
				while (System.in.read() != -1) {
					// nothing is ever written: wait for the end of the stream
				}
			}
			catch (IOException ex) {
				// the pipe is gone, so is the test JVM
			}
			Runtime.getRuntime().halt(0);
		}, "parent-watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
		ZooKeeperServerMain.main(args);
	}

}
