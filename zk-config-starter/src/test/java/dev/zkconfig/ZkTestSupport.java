package dev.zkconfig;

import java.nio.charset.StandardCharsets;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.TestingServer;
import org.apache.zookeeper.KeeperException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real in-process ZooKeeper server and a Curator client to write to it.
 */
public final class ZkTestSupport implements AutoCloseable {

	private final TestingServer server;

	private final CuratorFramework client;

	public ZkTestSupport() throws Exception {
		this.server = new TestingServer(true);
		this.client = CuratorFrameworkFactory.newClient(this.server.getConnectString(), new RetryOneTime(100));
		this.client.start();
		this.client.blockUntilConnected();
	}

	/**
	 * Start an application of {@link ZkTestApp} (no web server) against this server.
	 * @param appName the {@code spring.application.name}
	 * @param properties more properties, as {@code key=value}
	 * @return the running context
	 */
	public ConfigurableApplicationContext run(String appName, String... properties) {
		return new SpringApplicationBuilder(ZkTestApp.class).web(WebApplicationType.NONE)
			.properties("spring.application.name=" + appName, "spring.config.import=zookeeper:",
					"spring.cloud.zookeeper.connect-string=" + connectString())
			.properties(properties)
			.run();
	}

	public String connectString() {
		return this.server.getConnectString();
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
	}

}
