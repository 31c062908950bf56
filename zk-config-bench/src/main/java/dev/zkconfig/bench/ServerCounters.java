package dev.zkconfig.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The counters of the in-process ZooKeeper servers, read from their own JMX beans: the
 * packets each server received and sent ({@code ServerStats}) and the watches its
 * {@code DataTree} holds. The benchmark's servers run in the same JVM, so the platform
 * MBean server has them all: one standalone server, or the members of an ensemble.
 */
final class ServerCounters {

	private static final String DOMAIN = "org.apache.ZooKeeperService";

	private ServerCounters() {
	}

	/** Read the counters of every server in this JVM now, ordered by label. */
	static List<Counts> read() {
		MBeanServer beans = ManagementFactory.getPlatformMBeanServer();
		List<Counts> servers = new ArrayList<>();
		try {
			for (ObjectName name : servers()) {
				long watches = 0;
				Set<ObjectName> trees = beans.queryNames(new ObjectName(name + ",*"), null);
				for (ObjectName tree : trees) {
					if (!tree.equals(name) && tree.toString().endsWith("InMemoryDataTree")) {
						watches += ((Number) beans.getAttribute(tree, "WatchCount")).longValue();
					}
				}
				servers.add(new Counts(label(name), ((Number) beans.getAttribute(name, "PacketsReceived")).longValue(),
						((Number) beans.getAttribute(name, "PacketsSent")).longValue(), watches));
			}
		}
		catch (JMException ex) {
			throw new IllegalStateException("Could not read the ZooKeeper servers' counters", ex);
		}
		if (servers.isEmpty()) {
			throw new IllegalStateException("No in-process ZooKeeper server registered its counters with JMX");
		}
		servers.sort(Comparator.comparing(Counts::server));
		return servers;
	}

	/**
	 * {@code standalone}, or the member's id and role in an ensemble, such as
	 * {@code 2 (Leader)}.
	 */
	private static String label(ObjectName name) {
		String role = name.getKeyProperty("name2");
		if (role == null) {
			return "standalone";
		}
		return name.getKeyProperty("name0").replace("ReplicatedServer_id", "") + " (" + role + ")";
	}

	/**
	 * A server bean (standalone, leader or follower) has packet counters, and so do the
	 * beans of its connections below it.
	 */
	private static boolean isServer(MBeanServer beans, ObjectName name) throws JMException {
		return !name.toString().contains("Connections") && Arrays.stream(beans.getMBeanInfo(name).getAttributes())
			.anyMatch((attribute) -> attribute.getName().equals("PacketsReceived"));
	}

	/**
	 * Return the beans of the servers in this JVM: one standalone server, or the members
	 * of an ensemble in their current roles.
	 * @return their names
	 */
	static List<ObjectName> servers() {
		MBeanServer beans = ManagementFactory.getPlatformMBeanServer();
		List<ObjectName> servers = new ArrayList<>();
		try {
			for (ObjectName name : beans.queryNames(new ObjectName(DOMAIN + ":*"), null)) {
				if (isServer(beans, name)) {
					servers.add(name);
				}
			}
		}
		catch (JMException ex) {
			throw new IllegalStateException("Could not find the ZooKeeper servers' beans", ex);
		}
		return servers;
	}

	/**
	 * Return the requests some servers hold outstanding now: received, not yet answered.
	 * @param servers their beans ({@link #servers()})
	 * @return their sum over the servers
	 */
	static long outstanding(List<ObjectName> servers) {
		MBeanServer beans = ManagementFactory.getPlatformMBeanServer();
		long outstanding = 0;
		try {
			for (ObjectName name : servers) {
				outstanding += ((Number) beans.getAttribute(name, "OutstandingRequests")).longValue();
			}
		}
		catch (JMException ex) {
			throw new IllegalStateException("Could not read the ZooKeeper servers' outstanding requests", ex);
		}
		return outstanding;
	}

	/** The packets received, summed over the servers. */
	static long received(List<Counts> servers) {
		return servers.stream().mapToLong(Counts::received).sum();
	}

	/** The packets sent, summed over the servers. */
	static long sent(List<Counts> servers) {
		return servers.stream().mapToLong(Counts::sent).sum();
	}

	/** The watches, summed over the servers. */
	static long watches(List<Counts> servers) {
		return servers.stream().mapToLong(Counts::watches).sum();
	}

	/**
	 * One server's counters.
	 *
	 * @param server which server: {@code standalone}, or its id and role
	 * @param received packets received since it started
	 * @param sent packets sent since it started
	 * @param watches watches it holds now
	 */
	record Counts(String server, long received, long sent, long watches) {

		Counts minus(Counts before) {
			return new Counts(this.server, this.received - before.received, this.sent - before.sent, this.watches);
		}

	}

}
