package dev.zkconfig.resilience;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.zkconfig.testsupport.EnsemblePorts;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingCluster;
import org.apache.curator.test.TestingZooKeeperServer;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.client.FourLetterWordMain;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.zookeeper.CuratorFrameworkCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.awaitility.Awaitility.await;

/**
 * A real in-process ensemble of three ZooKeeper servers, the faults a production ensemble
 * sees (a server killed and restarted, the leader lost), and a Curator client with
 * retries to write to it through them. Register it as a static {@code @RegisterExtension}
 * field to have it for a whole test class, each test leaving every server running, or use
 * {@link #start()} with try-with-resources.
 */
final class EnsembleSupport implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, AutoCloseable {

	/** Long enough for an election and a restart, short enough to keep tests quick. */
	static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

	/** Elections and restarts take seconds on a busy machine. */
	static final Duration FAULT_TIMEOUT = Duration.ofSeconds(30);

	private TestingCluster cluster;

	private CuratorFramework client;

	private final Set<InstanceSpec> down = new LinkedHashSet<>();

	/** The applications' local snapshots, never the user's home. */
	private Path snapshots;

	static EnsembleSupport start() throws Exception {
		EnsembleSupport support = new EnsembleSupport();
		support.beforeAll(null);
		return support;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		this.snapshots = Files.createTempDirectory("zkconfig-snapshots-");
		this.cluster = new TestingCluster(EnsemblePorts.server(1), EnsemblePorts.server(2), EnsemblePorts.server(3));
		this.cluster.start();
		awaitServing();
		this.client = CuratorFrameworkFactory.builder()
			.connectString(this.cluster.getConnectString())
			.sessionTimeoutMs((int) SESSION_TIMEOUT.toMillis())
			.connectionTimeoutMs(3_000)
			.retryPolicy(new ExponentialBackoffRetry(100, 10, 1_000))
			.build();
		this.client.start();
		this.client.blockUntilConnected();
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		heal();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		close();
	}

	/**
	 * Start an application (no web server) against some servers of the ensemble.
	 * <p>
	 * An application given some servers connects to those only, as if it could not reach
	 * the others. Curator's ensemble tracker would learn the others from the ensemble's
	 * configuration and connect to them after the first disconnection, so it is turned
	 * off, through the customizer the starter applies to the client it builds.
	 * @param application the application's configuration class
	 * @param appName the {@code spring.application.name}
	 * @param servers the servers the application may connect to, all if none are given
	 * @param properties more properties, as {@code key=value}
	 * @return the running context
	 */
	ConfigurableApplicationContext run(Class<?> application, String appName, List<InstanceSpec> servers,
			String... properties) {
		String connectString = servers.isEmpty() ? this.cluster.getConnectString()
				: String.join(",", servers.stream().map(InstanceSpec::getConnectString).toList());
		CuratorFrameworkCustomizer pinned = (builder) -> builder.ensembleTracker(false);
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.addBootstrapRegistryInitializer((registry) -> {
				if (!servers.isEmpty()) {
					registry.register(CuratorFrameworkCustomizer.class, InstanceSupplier.of(pinned));
				}
			})
			.properties("spring.application.name=" + appName, "spring.config.import=zookeeper:",
					"spring.cloud.zookeeper.connect-string=" + connectString,
					"spring.cloud.zookeeper.session-timeout=" + SESSION_TIMEOUT.toMillis() + "ms",
					"spring.cloud.zookeeper.connection-timeout=3s",
					"zkconfig.snapshot.directory=" + this.snapshots.resolve(appName))
			.properties(properties)
			.run();
	}

	List<InstanceSpec> servers() {
		return List.copyOf(this.cluster.getInstances());
	}

	CuratorFramework client() {
		return this.client;
	}

	/** The server that leads the ensemble now, once one does. */
	InstanceSpec leader() {
		return await().atMost(FAULT_TIMEOUT)
			.until(() -> running().filter((server) -> "leader".equals(mode(server))).findFirst().orElse(null),
					(leader) -> leader != null);
	}

	/** A server that follows the leader now. */
	InstanceSpec follower() {
		InstanceSpec leader = leader();
		return running().filter((server) -> !server.equals(leader)).findFirst().orElseThrow();
	}

	/** The server a ZooKeeper handle is connected to, once it is connected. */
	InstanceSpec connectedServer(ZooKeeper zooKeeper) {
		return await().atMost(FAULT_TIMEOUT)
			.until(() -> this.cluster.findConnectionInstance(zooKeeper), (server) -> server != null);
	}

	/**
	 * Kill a server as a crash would: its clients and peers lose their connections at
	 * once.
	 */
	void kill(InstanceSpec server) throws Exception {
		this.cluster.killServer(server);
		this.down.add(server);
	}

	/**
	 * Start a killed server again and wait until it serves clients, in step with the
	 * leader.
	 */
	void restart(InstanceSpec server) throws Exception {
		this.cluster.restartServer(server);
		this.down.remove(server);
		awaitServing();
	}

	/**
	 * Stop a running server and start it again, waiting until the ensemble serves again.
	 */
	void restartRunning(InstanceSpec server) throws Exception {
		testingServer(server).restart();
		awaitServing();
	}

	/** Start every killed server again. */
	void heal() throws Exception {
		for (InstanceSpec server : new ArrayList<>(this.down)) {
			restart(server);
		}
	}

	/**
	 * Wait until every running server serves clients: one leads, the others follow it.
	 */
	void awaitServing() {
		await().atMost(FAULT_TIMEOUT).until(() -> {
			List<String> modes = running().map(EnsembleSupport::mode).toList();
			return modes.stream().allMatch((mode) -> "leader".equals(mode) || "follower".equals(mode))
					&& modes.stream().filter("leader"::equals).count() == 1;
		});
	}

	/** Create or update a znode, with its parents, through any fault. */
	void set(String path, String value) throws Exception {
		byte[] data = value.getBytes(StandardCharsets.UTF_8);
		try {
			this.client.setData().forPath(path, data);
		}
		catch (KeeperException.NoNodeException ex) {
			try {
				this.client.create().creatingParentsIfNeeded().forPath(path, data);
			}
			catch (KeeperException.NodeExistsException created) {
				// a retry of a create that went through before the connection was lost
				this.client.setData().forPath(path, data);
			}
		}
	}

	/** Delete a znode if it exists. */
	void delete(String path) throws Exception {
		try {
			this.client.delete().forPath(path);
		}
		catch (KeeperException.NoNodeException ex) {
			// gone already, or deleted by an attempt whose reply was lost
		}
	}

	/** Read a znode as ZooKeeper holds it now, {@code null} if it does not exist. */
	String get(String path) throws Exception {
		try {
			return new String(this.client.getData().forPath(path), StandardCharsets.UTF_8);
		}
		catch (KeeperException.NoNodeException ex) {
			return null;
		}
	}

	@Override
	public void close() throws Exception {
		if (this.client != null) {
			this.client.close();
		}
		this.cluster.close();
		FileSystemUtils.deleteRecursively(this.snapshots);
	}

	private Stream<InstanceSpec> running() {
		return this.cluster.getInstances().stream().filter((server) -> !this.down.contains(server));
	}

	private TestingZooKeeperServer testingServer(InstanceSpec server) {
		return this.cluster.getServers()
			.stream()
			.filter((candidate) -> candidate.getInstanceSpec().equals(server))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The server's mode from the {@code srvr} command, or what it says when it does not
	 * serve.
	 */
	private static String mode(InstanceSpec server) {
		try {
			String status = FourLetterWordMain.send4LetterWord(server.getHostname(), server.getPort(), "srvr", false,
					1_000);
			return status.lines()
				.filter((line) -> line.startsWith("Mode: "))
				.map((line) -> line.substring("Mode: ".length()).trim())
				.findFirst()
				.orElse(status.trim());
		}
		catch (Exception ex) {
			return ex.toString();
		}
	}

}
