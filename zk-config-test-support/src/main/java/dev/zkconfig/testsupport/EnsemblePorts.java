package dev.zkconfig.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.curator.test.InstanceSpec;

/**
 * The servers of an in-process ensemble on ports below the kernel's range of ephemeral
 * ports.
 * <p>
 * curator-test picks free ports from that range, where every outgoing connection takes
 * its local port too. While an ensemble starts, its servers connect to each other: one
 * such connection can take a port picked for a server that has not bound it yet, and that
 * server, unable to listen for elections, exits the JVM (ZooKeeper's exit code 14). Below
 * the range, only a listening socket can hold a port, and a port is checked free when it
 * is picked.
 */
public final class EnsemblePorts {

	/** Where Linux's default ephemeral range begins, when the kernel cannot be asked. */
	private static final int DEFAULT_EPHEMERAL_START = 32768;

	private static final int LOWEST = 10_000;

	private static final Set<Integer> given = ConcurrentHashMap.newKeySet();

	private EnsemblePorts() {
	}

	/**
	 * Return the specification of a server of an ensemble, with a data directory that is
	 * deleted when it closes.
	 * @param serverId the server's id, from 1
	 * @return the specification
	 */
	public static InstanceSpec server(int serverId) {
		return server(serverId, -1);
	}

	/**
	 * Return the specification of a server of an ensemble, with a data directory that is
	 * deleted when it closes.
	 * @param serverId the server's id, from 1
	 * @param maxClientConnections the connections the server accepts from one address, or
	 * {@code -1} for ZooKeeper's default
	 * @return the specification
	 */
	public static InstanceSpec server(int serverId, int maxClientConnections) {
		return new InstanceSpec(null, port(), port(), port(), true, serverId, -1, maxClientConnections);
	}

	/**
	 * A free port below the ephemeral range, never given before in this JVM; or
	 * {@code -1}, for curator-test to pick one, when the range leaves too little room
	 * below it.
	 */
	private static int port() {
		int end = ephemeralStart();
		if (end - LOWEST < 1_000) {
			return -1;
		}
		for (int attempt = 0; attempt < 1_000; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(LOWEST, end);
			if (given.add(port)) {
				if (isFree(port)) {
					return port;
				}
			}
		}
		throw new IllegalStateException("No free port between " + LOWEST + " and " + end);
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int ephemeralStart() {
		try {
			String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
			return Integer.parseInt(range.split("\\s+")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return DEFAULT_EPHEMERAL_START;
		}
	}

}
