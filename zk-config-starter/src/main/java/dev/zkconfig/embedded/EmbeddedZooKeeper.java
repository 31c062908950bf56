package dev.zkconfig.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import dev.zkconfig.security.ZkTls;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.zookeeper.server.embedded.ExitHandler;
import org.apache.zookeeper.server.embedded.ZooKeeperServerEmbedded;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;
import org.springframework.util.FileSystemUtils;

/**
 * A standalone ZooKeeper server running in this JVM, for development: Apache ZooKeeper's
 * own {@link ZooKeeperServerEmbedded} on a local port, with its data in a directory of
 * its own. It never keeps the JVM alive on its own and never exits the JVM.
 * <p>
 * With TLS it serves TLS only, with Netty, on its port. ZooKeeper 3.9's server reads its
 * TLS settings from JVM-wide system properties ({@code zookeeper.ssl.*},
 * {@code zookeeper.serverCnxnFactory}) for every new connection, so they are set while
 * the server runs and restored when it stops: one more reason it is for development only.
 */
public final class EmbeddedZooKeeper implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedZooKeeper.class);

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

	private static final String METRICS_CLASS = "com.codahale.metrics.Reservoir";

	private static final String SNAPPY_CLASS = "org.xerial.snappy.SnappyInputStream";

	private final ZooKeeperServerEmbedded server;

	private final Path dataDir;

	private final boolean temporary;

	private final String connectionString;

	private final @Nullable ZkTls tls;

	private final Map<String, @Nullable String> replacedSystemProperties;

	private volatile boolean running = true;

	private EmbeddedZooKeeper(ZooKeeperServerEmbedded server, Path dataDir, boolean temporary, @Nullable ZkTls tls,
			Map<String, @Nullable String> replacedSystemProperties) throws Exception {
		this.server = server;
		this.dataDir = dataDir;
		this.temporary = temporary;
		this.tls = tls;
		this.replacedSystemProperties = replacedSystemProperties;
		this.connectionString = (tls != null) ? server.getSecureConnectionString() : server.getConnectionString();
	}

	/**
	 * Start a server.
	 * @param port the client port, {@code 0} for a free one
	 * @param dataDir where the server keeps its data, {@code null} for a new temporary
	 * directory that is deleted on {@link #close()}
	 * @return the running server
	 * @throws EmbeddedZooKeeperException if the port is in use or the server does not
	 * start
	 */
	public static EmbeddedZooKeeper start(int port, @Nullable Path dataDir) {
		return start(port, dataDir, null);
	}

	/**
	 * Start a server, serving TLS only if TLS settings are given.
	 * @param port the client port (the secure one with TLS), {@code 0} for a free one
	 * @param dataDir where the server keeps its data, {@code null} for a new temporary
	 * directory that is deleted on {@link #close()}
	 * @param tls the server's certificate and the client certificates it trusts,
	 * {@code null} for plain connections; the server closes it when it stops
	 * @return the running server
	 * @throws IllegalStateException if the port is in use or the server does not start
	 */
	public static EmbeddedZooKeeper start(int port, @Nullable Path dataDir, @Nullable ZkTls tls) {
		checkServerDependencies();
		if (port != 0) {
			checkPortIsFree(port);
		}
		boolean temporary = (dataDir == null);
		Path directory = (dataDir != null) ? createDirectories(dataDir) : createTemporaryDirectory();
		Properties config = new Properties();
		Map<String, @Nullable String> replaced = new HashMap<>();
		if (tls != null) {
			config.setProperty("secureClientPort", Integer.toString(port));
			Properties ssl = tls.serverSettings(tls.getBundle().getStores().getTrustStore() != null);
			ssl.stringPropertyNames()
				.forEach((key) -> replaced.put("zookeeper." + key, System.getProperty("zookeeper." + key)));
			config.putAll(ssl);
		}
		else {
			config.setProperty("clientPort", Integer.toString(port));
		}
		config.setProperty("dataDir", directory.toAbsolutePath().toString());
		// ZooKeeper's admin server would take port 8080 from the application when Jetty
		// is
		// on the class path
		config.setProperty("admin.enableServer", "false");
		try {
			ZooKeeperServerEmbedded server = ZooKeeperServerEmbedded.builder()
				.baseDir(directory)
				.configuration(config)
				.exitHandler(ExitHandler.LOG_ONLY)
				.build();
			startAsDaemon(server);
			return new EmbeddedZooKeeper(server, directory, temporary, tls, replaced);
		}
		catch (Exception ex) {
			restore(replaced);
			if (tls != null) {
				tls.close();
			}
			if (temporary) {
				deleteQuietly(directory);
			}
			throw new EmbeddedZooKeeperException("The embedded ZooKeeper did not start on port " + port + ": " + ex,
					"Check its data directory (zkconfig.embedded.data-dir) and port (zkconfig.embedded.port), or "
							+ "set zkconfig.embedded.enabled=false to use another ZooKeeper",
					ex);
		}
	}

	/**
	 * Threads inherit the daemon flag of the thread that creates them: starting from a
	 * daemon thread makes all of the server's threads daemons, so that an application
	 * that fails before it could close the server still exits.
	 */
	private static void startAsDaemon(ZooKeeperServerEmbedded server) throws Exception {
		AtomicReference<Exception> failure = new AtomicReference<>();
		Thread starter = new Thread(() -> {
			try {
				server.start(STARTUP_TIMEOUT.toMillis());
			}
			catch (Exception ex) {
				failure.set(ex);
			}
		}, "zkconfig-embedded-zookeeper-start");
		starter.setDaemon(true);
		starter.start();
		starter.join();
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	// without them the server thread dies at once, unseen, and start() only times out
	private static void checkServerDependencies() {
		ClassLoader classLoader = EmbeddedZooKeeper.class.getClassLoader();
		if (!ClassUtils.isPresent(METRICS_CLASS, classLoader) || !ClassUtils.isPresent(SNAPPY_CLASS, classLoader)) {
			throw new EmbeddedZooKeeperException("The embedded ZooKeeper needs io.dropwizard.metrics:metrics-core and "
					+ "org.xerial.snappy:snappy-java on the class path (Apache ZooKeeper's server declares them "
					+ "'provided')",
					"Add them to the application's dependencies (the zk-config parent manages their "
							+ "versions), or set zkconfig.embedded.enabled=false",
					null);
		}
	}

	private static void checkPortIsFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
		}
		catch (IOException ex) {
			throw new EmbeddedZooKeeperException(
					"Port " + port + " is already in use, so the embedded ZooKeeper cannot start",
					"Set zkconfig.embedded.port to another port (0 picks a free one), or set "
							+ "zkconfig.embedded.enabled=false to use the ZooKeeper that is running there",
					ex);
		}
	}

	private static Path createTemporaryDirectory() {
		try {
			return Files.createTempDirectory("zkconfig-embedded-");
		}
		catch (IOException ex) {
			throw new EmbeddedZooKeeperException("Cannot create a data directory for the embedded ZooKeeper: " + ex,
					"Set zkconfig.embedded.data-dir to a writable directory", ex);
		}
	}

	private static Path createDirectories(Path directory) {
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new EmbeddedZooKeeperException(
					"Cannot create the embedded ZooKeeper's data directory " + directory + ": " + ex,
					"Set zkconfig.embedded.data-dir to a writable directory", ex);
		}
	}

	private static void deleteQuietly(Path directory) {
		try {
			FileSystemUtils.deleteRecursively(directory);
		}
		catch (IOException ex) {
			logger.warn("Could not delete the embedded ZooKeeper's data directory " + directory, ex);
		}
	}

	/**
	 * Return the connection string of the server, for example {@code localhost:2181}.
	 * @return the connection string
	 */
	public String getConnectionString() {
		return this.connectionString;
	}

	/**
	 * Return the port the server listens on.
	 * @return the client port
	 */
	public int getPort() {
		return Integer.parseInt(this.connectionString.substring(this.connectionString.lastIndexOf(':') + 1));
	}

	/**
	 * Return the directory the server keeps its data in.
	 * @return the data directory
	 */
	public Path getDataDir() {
		return this.dataDir;
	}

	/**
	 * Whether the server runs, that is, has not been closed.
	 * @return {@code true} until {@link #close()}
	 */
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stop the server, and delete its data directory if it is a temporary one. Does
	 * nothing if the server is already stopped.
	 */
	@Override
	public synchronized void close() {
		if (!this.running) {
			return;
		}
		this.running = false;
		logger.info("Stopping the embedded ZooKeeper on port " + getPort());
		this.server.close();
		restore(this.replacedSystemProperties);
		if (this.tls != null) {
			this.tls.close();
		}
		if (this.temporary) {
			deleteQuietly(this.dataDir);
		}
	}

	private static void restore(Map<String, @Nullable String> systemProperties) {
		systemProperties.forEach((key, value) -> {
			if (value != null) {
				System.setProperty(key, value);
			}
			else {
				System.clearProperty(key);
			}
		});
	}

	/**
	 * Whether the server serves TLS.
	 * @return {@code true} if it does
	 */
	public boolean isSecure() {
		return this.tls != null;
	}

}
