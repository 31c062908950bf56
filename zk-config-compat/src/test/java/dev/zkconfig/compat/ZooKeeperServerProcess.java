package dev.zkconfig.compat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;

/**
 * A released ZooKeeper server in a process of its own, run from the jars the build copies
 * to {@code target/zk-servers/<version>} and {@code target/zk-servers/lib} (see this
 * module's POM). It listens on the loopback address only, and stops when this object is
 * closed or, through {@link ServerLauncher}, when the test JVM ends.
 */
final class ZooKeeperServerProcess implements AutoCloseable {

	private static final Path SERVERS = Path.of(System.getProperty("zk-servers.directory", "target/zk-servers"));

	private final String version;

	private final int port;

	private final Process process;

	private final Path log;

	private ZooKeeperServerProcess(String version, int port, Process process, Path log) {
		this.version = version;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * Start a server of the given release and wait until it serves a session.
	 * @param version the release, whose jars the build copied
	 * @param workDir an empty directory for its configuration and data
	 * @return the running server
	 * @throws Exception if it does not start
	 */
	static ZooKeeperServerProcess start(String version, Path workDir) throws Exception {
		int port = freePort();
		Path config = workDir.resolve("zoo.cfg");
		Files.writeString(config, String.join("\n", "tickTime=500", "dataDir=" + workDir.resolve("data"),
				"clientPort=" + port, "clientPortAddress=127.0.0.1", ""));
		Path log = Files.createDirectories(SERVERS.resolve("logs")).resolve(version + "-" + port + ".log");
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dzookeeper.admin.enableServer=false", "-cp",
				classpath(version), ServerLauncher.class.getName(), config.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		ZooKeeperServerProcess server = new ZooKeeperServerProcess(version, port, process, log);
		try {
			server.awaitSession();
		}
		catch (Exception | AssertionError ex) {
			server.close();
			throw ex;
		}
		return server;
	}

	private static String classpath(String version) throws IOException, URISyntaxException {
		List<String> entries = new ArrayList<>();
		for (String directory : List.of(version, "lib")) {
			try (Stream<Path> jars = Files.list(SERVERS.resolve(directory))) {
				jars.map(Path::toString).filter((jar) -> jar.endsWith(".jar")).sorted().forEach(entries::add);
			}
		}
		if (entries.stream().noneMatch((entry) -> entry.endsWith("zookeeper-" + version + ".jar"))) {
			throw new IllegalStateException(
					"No jars of ZooKeeper " + version + " in " + SERVERS + ": run the build (mvn verify) to copy them");
		}
		entries
			.add(Path.of(ServerLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
		return String.join(File.pathSeparator, entries);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private void awaitSession() throws Exception {
		try (CuratorFramework client = newClient()) {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!client.blockUntilConnected(200, TimeUnit.MILLISECONDS)) {
				if (!this.process.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException(
							"ZooKeeper " + this.version + " did not start; its log:\n" + logTail());
				}
			}
		}
	}

	/**
	 * Return a started Curator client of this server, for the caller to close.
	 * @return the client
	 */
	CuratorFramework newClient() {
		CuratorFramework client = CuratorFrameworkFactory.newClient(connectString(), new RetryOneTime(100));
		client.start();
		return client;
	}

	String connectString() {
		return "127.0.0.1:" + this.port;
	}

	/**
	 * Ask the server which release it is, with the {@code srvr} command that every
	 * release since 3.5.3 allows by default.
	 * @return the first line of its answer, such as {@code Zookeeper version: 3.6.4-...}
	 * @throws IOException if the server cannot be asked
	 */
	String reportedVersion() throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			out.write("srvr".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
		}
	}

	private String logTail() throws IOException {
		List<String> lines = Files.readAllLines(this.log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	@Override
	public void close() throws InterruptedException {
		ProcessHandle handle = this.process.toHandle();
		List<ProcessHandle> tree = new ArrayList<>(handle.descendants().toList());
		tree.add(handle);
		tree.forEach(ProcessHandle::destroy);
		for (ProcessHandle member : tree) {
			try {
				member.onExit().get(10, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				member.destroyForcibly();
			}
		}
		this.process.waitFor(10, TimeUnit.SECONDS);
	}

	@Override
	public String toString() {
		return "ZooKeeper " + this.version + " at " + connectString() + " (log " + this.log + ")";
	}

	/**
	 * Return the server versions that the build lists in a system property.
	 * @param property the property, a comma-separated list
	 * @return the versions, empty if the property is not set
	 */
	static List<String> versions(String property) {
		return Arrays.stream(System.getProperty(property, "").split(","))
			.map(String::trim)
			.filter((version) -> !version.isEmpty())
			.toList();
	}

}
