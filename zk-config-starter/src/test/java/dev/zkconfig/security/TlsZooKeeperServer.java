package dev.zkconfig.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.zookeeper.server.embedded.ExitHandler;
import org.apache.zookeeper.server.embedded.ZooKeeperServerEmbedded;

import org.springframework.util.FileSystemUtils;

/**
 * A real ZooKeeper server with a secure client port (Netty, TLS, client certificates
 * required) for the test certificates, and a plain port to write test data through.
 * ZooKeeper's server takes its TLS settings from system properties that its configuration
 * sets: they are restored when it closes.
 */
final class TlsZooKeeperServer implements AutoCloseable {

	private final Map<String, String> systemProperties = new HashMap<>();

	private final ZooKeeperServerEmbedded server;

	private final Path directory;

	private final CuratorFramework client;

	TlsZooKeeperServer(TestCertificates certificates) throws Exception {
		System.getProperties()
			.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("zookeeper."))
			.forEach((key) -> this.systemProperties.put(key, System.getProperty(key)));
		this.directory = Files.createTempDirectory("zkconfig-tls-server-");
		Properties config = new Properties();
		config.setProperty("clientPort", "0");
		config.setProperty("secureClientPort", "0");
		config.setProperty("serverCnxnFactory", "org.apache.zookeeper.server.NettyServerCnxnFactory");
		config.setProperty("ssl.keyStore.location", certificates.file("server.p12").toString());
		config.setProperty("ssl.keyStore.password", TestCertificates.PASSWORD);
		config.setProperty("ssl.keyStore.type", "PKCS12");
		config.setProperty("ssl.trustStore.location", certificates.file("truststore.p12").toString());
		config.setProperty("ssl.trustStore.password", TestCertificates.PASSWORD);
		config.setProperty("ssl.trustStore.type", "PKCS12");
		config.setProperty("admin.enableServer", "false");
		this.server = ZooKeeperServerEmbedded.builder()
			.baseDir(this.directory)
			.configuration(config)
			.exitHandler(ExitHandler.LOG_ONLY)
			.build();
		this.server.start(30_000);
		this.client = CuratorFrameworkFactory.newClient(this.server.getConnectionString(), new RetryOneTime(100));
		this.client.start();
		this.client.blockUntilConnected();
	}

	/** The secure client port's connect string. */
	String secureConnectString() throws Exception {
		return this.server.getSecureConnectionString();
	}

	void set(String path, String value) throws Exception {
		this.client.create()
			.orSetData()
			.creatingParentsIfNeeded()
			.forPath(path, value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() throws Exception {
		this.client.close();
		this.server.close();
		System.getProperties()
			.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("zookeeper.") && !this.systemProperties.containsKey(key))
			.forEach(System::clearProperty);
		this.systemProperties.forEach(System::setProperty);
		FileSystemUtils.deleteRecursively(this.directory);
	}

}
