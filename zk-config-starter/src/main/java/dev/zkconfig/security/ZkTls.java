package dev.zkconfig.security;

import java.util.Properties;

import org.apache.zookeeper.client.ZKClientConfig;
import org.apache.zookeeper.common.ClientX509Util;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * One SSL bundle as ZooKeeper takes TLS settings: a {@link ZKClientConfig} of one client
 * (the Netty client socket, secure, the bundle's stores, protocol and ciphers), or the
 * {@code ssl.*} settings of an embedded server. The bundle's stores are written to
 * {@link TemporaryKeyStores}, which {@link #close()} deletes.
 */
public final class ZkTls implements AutoCloseable {

	private static final String NETTY_CLIENT_SOCKET = "org.apache.zookeeper.ClientCnxnSocketNetty";

	private static final String NETTY_SERVER_FACTORY = "org.apache.zookeeper.server.NettyServerCnxnFactory";

	private static final String NETTY_SSL_CLASS = "io.netty.handler.ssl.SslContext";

	/**
	 * ZooKeeper's Netty event loops ask it whether epoll is there, and fail without it.
	 */
	private static final String NETTY_EPOLL_CLASS = "io.netty.channel.epoll.Epoll";

	private final String name;

	private final SslBundle bundle;

	private final TemporaryKeyStores stores;

	private ZkTls(String name, SslBundle bundle, TemporaryKeyStores stores) {
		this.name = name;
		this.bundle = bundle;
		this.stores = stores;
	}

	/**
	 * Write a bundle's stores for ZooKeeper.
	 * @param name the bundle's name
	 * @param bundle the bundle
	 * @param property the property that names the bundle, for errors
	 * @return the TLS settings
	 * @throws InvalidSecuritySettingException if ZooKeeper's Netty transport cannot run
	 */
	public static ZkTls of(String name, SslBundle bundle, String property) {
		ClassLoader classLoader = ZkTls.class.getClassLoader();
		if (!ClassUtils.isPresent(NETTY_SSL_CLASS, classLoader)
				|| !ClassUtils.isPresent(NETTY_EPOLL_CLASS, classLoader)) {
			throw new InvalidSecuritySettingException(property, "TLS to ZooKeeper (" + property + ") takes ZooKeeper's "
					+ "Netty transport, which needs io.netty:netty-handler and io.netty:netty-transport-classes-epoll "
					+ "on the class path: zk-config depends on them, check that they are not excluded", null);
		}
		return new ZkTls(name, bundle, TemporaryKeyStores.write(bundle, name));
	}

	/**
	 * Return the bundle's name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Return the bundle.
	 * @return the bundle
	 */
	public SslBundle getBundle() {
		return this.bundle;
	}

	/**
	 * Return a new client configuration that connects over TLS with this bundle. It
	 * starts from ZooKeeper's defaults (which read the JVM's system properties, so that
	 * SASL settings keep working), and sets this client's TLS settings over them, never a
	 * system property.
	 * @return the configuration of one client
	 */
	public ZKClientConfig clientConfig() {
		ZKClientConfig config = new ZKClientConfig();
		config.setProperty(ZKClientConfig.ZOOKEEPER_CLIENT_CNXN_SOCKET, NETTY_CLIENT_SOCKET);
		config.setProperty(ZKClientConfig.SECURE_CLIENT, "true");
		Properties settings = new Properties();
		try (ClientX509Util x509 = new ClientX509Util()) {
			putStores(settings, x509);
		}
		settings.forEach((key, value) -> config.setProperty((String) key, (String) value));
		return config;
	}

	/**
	 * Return the TLS settings of an embedded server, as its configuration file takes them
	 * ({@code ssl.*}, {@code serverCnxnFactory}). ZooKeeper 3.9's server turns them into
	 * JVM-wide system properties ({@code zookeeper.ssl.*}) and its Netty connection
	 * factory reads them from there for every new connection.
	 * @param clientAuth whether clients must present a certificate that the trust store
	 * trusts
	 * @return the settings
	 */
	public Properties serverSettings(boolean clientAuth) {
		Properties zookeeperSettings = new Properties();
		try (ClientX509Util x509 = new ClientX509Util()) {
			putStores(zookeeperSettings, x509);
			zookeeperSettings.setProperty(x509.getSslClientAuthProperty(), clientAuth ? "need" : "none");
		}
		Properties settings = new Properties();
		zookeeperSettings.forEach(
				(key, value) -> settings.setProperty(((String) key).substring("zookeeper.".length()), (String) value));
		settings.setProperty("serverCnxnFactory", NETTY_SERVER_FACTORY);
		return settings;
	}

	/**
	 * Set every store setting, empty when the bundle has none, so that no system property
	 * fills the gap.
	 */
	private void putStores(Properties settings, ClientX509Util x509) {
		String keyStore = (this.stores.getKeyStore() != null) ? this.stores.getKeyStore().toString() : "";
		String trustStore = (this.stores.getTrustStore() != null) ? this.stores.getTrustStore().toString() : "";
		settings.setProperty(x509.getSslKeystoreLocationProperty(), keyStore);
		settings.setProperty(x509.getSslKeystorePasswdProperty(), this.stores.getPassword());
		settings.setProperty(x509.getSslKeystorePasswdPathProperty(), "");
		settings.setProperty(x509.getSslKeystoreTypeProperty(), this.stores.getType());
		settings.setProperty(x509.getSslTruststoreLocationProperty(), trustStore);
		settings.setProperty(x509.getSslTruststorePasswdProperty(), this.stores.getPassword());
		settings.setProperty(x509.getSslTruststorePasswdPathProperty(), "");
		settings.setProperty(x509.getSslTruststoreTypeProperty(), this.stores.getType());
		// ZooKeeper enables its protocol setting on the engine as it is: Boot's default,
		// the
		// generic "TLS", is no protocol an engine knows, and ZooKeeper's own default is
		// better
		if (StringUtils.hasText(this.bundle.getProtocol())
				&& !SslBundle.DEFAULT_PROTOCOL.equalsIgnoreCase(this.bundle.getProtocol())) {
			settings.setProperty(x509.getSslProtocolProperty(), this.bundle.getProtocol());
		}
		SslOptions options = this.bundle.getOptions();
		if (options.getEnabledProtocols() != null) {
			settings.setProperty(x509.getSslEnabledProtocolsProperty(),
					String.join(",", options.getEnabledProtocols()));
		}
		if (options.getCiphers() != null) {
			settings.setProperty(x509.getSslCipherSuitesProperty(), String.join(",", options.getCiphers()));
		}
	}

	/**
	 * Delete the written stores.
	 */
	@Override
	public void close() {
		this.stores.close();
	}

	@Override
	public String toString() {
		return "SSL bundle '" + this.name + "'";
	}

}
