package dev.zkconfig;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.TestingServer;
import org.apache.zookeeper.KeeperException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A real in-process ZooKeeper server and a Curator client to write to it. Register it as
 * a static {@code @RegisterExtension} field to have it for a whole test class, or use
 * {@link #start()} with try-with-resources.
 */
public final class ZkTestSupport implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

	private TestingServer server;

	private CuratorFramework client;

	private Path snapshots;

	/**
	 * Start a server and a client that are closed with the returned support.
	 * @return the started support
	 * @throws Exception if the server does not start
	 */
	public static ZkTestSupport start() throws Exception {
		ZkTestSupport support = new ZkTestSupport();
		support.beforeAll(null);
		return support;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		this.server = new TestingServer(true);
		this.snapshots = Files.createTempDirectory("zkconfig-snapshots-");
		this.client = CuratorFrameworkFactory.newClient(this.server.getConnectString(), new RetryOneTime(100));
		this.client.start();
		this.client.blockUntilConnected();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		close();
	}

	/**
	 * Start an application of {@link ZkTestApp} (no web server) against this server.
	 * @param appName the {@code spring.application.name}
	 * @param properties more properties, as {@code key=value}
	 * @return the running context
	 */
	public ConfigurableApplicationContext run(String appName, String... properties) {
		return run(ZkTestApp.class, appName, properties);
	}

	/**
	 * Start an application (no web server) against this server.
	 * @param application the application's configuration class
	 * @param appName the {@code spring.application.name}
	 * @param properties more properties, as {@code key=value}
	 * @return the running context
	 */
	public ConfigurableApplicationContext run(Class<?> application, String appName, String... properties) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties("spring.application.name=" + appName, "spring.config.import=zookeeper:",
					"spring.cloud.zookeeper.connect-string=" + connectString(),
					"zkconfig.snapshot.directory=" + this.snapshots.resolve(appName))
			.properties(properties)
			.run();
	}

	public String connectString() {
		return this.server.getConnectString();
	}

	/**
	 * Return the directory where the applications this support runs keep their local
	 * snapshots, one directory per application name.
	 * @return the directory
	 */
	public Path snapshots() {
		return this.snapshots;
	}

	public TestingServer server() {
		return this.server;
	}

	public CuratorFramework client() {
		return this.client;
	}

	/** Create or update a znode, with its parents. */
	public void set(String path, String value) {
		byte[] data = value.getBytes(StandardCharsets.UTF_8);
		try {
			try {
				this.client.setData().forPath(path, data);
			}
			catch (KeeperException.NoNodeException ex) {
				this.client.create().creatingParentsIfNeeded().forPath(path, data);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Create or update a znode with raw bytes, with its parents. */
	public void setBytes(String path, byte[] data) {
		try {
			if (this.client.checkExists().forPath(path) != null) {
				this.client.setData().forPath(path, data);
			}
			else {
				this.client.create().creatingParentsIfNeeded().forPath(path, data);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Delete a znode and its children. */
	public void delete(String path) {
		try {
			this.client.delete().deletingChildrenIfNeeded().forPath(path);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws Exception {
		this.client.close();
		this.server.close();
		FileSystemUtils.deleteRecursively(this.snapshots);
	}

}
