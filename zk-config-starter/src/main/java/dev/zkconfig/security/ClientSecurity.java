package dev.zkconfig.security;

import dev.zkconfig.autoconfigure.ZkConfigProperties;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.jspecify.annotations.Nullable;

/**
 * How zk-config's Curator clients authenticate, which ACL the znodes they create get, and
 * whether they connect over TLS: {@code zkconfig.auth.*}, {@code zkconfig.acl.*} and
 * {@code zkconfig.ssl.bundle}, applied to every client built for the application (the
 * configuration client, and the client that seeds the embedded server). Closing it
 * deletes the key store files that TLS needs.
 */
public final class ClientSecurity implements AutoCloseable {

	private final ZkAuthentication authentication;

	private final ConfiguredAclProvider aclProvider;

	private final @Nullable ZkTls tls;

	/**
	 * Create the security of an application's clients.
	 * @param authentication the session's authentication
	 * @param aclProvider the ACL of created znodes
	 * @param tls the TLS settings, {@code null} for plain connections
	 */
	public ClientSecurity(ZkAuthentication authentication, ConfiguredAclProvider aclProvider, @Nullable ZkTls tls) {
		this.authentication = authentication;
		this.aclProvider = aclProvider;
		this.tls = tls;
	}

	/**
	 * Return the security the settings ask for.
	 * @param settings zk-config's settings
	 * @param bundles the SSL bundles
	 * @param bundle the name of the SSL bundle to connect with, {@code null} for plain
	 * connections
	 * @param bundleProperty the property that names the bundle, for errors
	 * @return the security
	 * @throws InvalidSecuritySettingException if a setting cannot be used
	 */
	public static ClientSecurity of(ZkConfigProperties settings, BootstrapSslBundles bundles, @Nullable String bundle,
			String bundleProperty) {
		ZkAuthentication authentication = ZkAuthentication.of(settings.getAuth());
		ConfiguredAclProvider aclProvider = ConfiguredAclProvider.of(settings.getAcl(), authentication.isConfigured());
		ZkTls tls = (bundle != null) ? ZkTls.of(bundle, bundles.get(bundle, bundleProperty), bundleProperty) : null;
		return new ClientSecurity(authentication, aclProvider, tls);
	}

	/**
	 * Apply the authentication, the ACL and TLS to a client's builder.
	 * @param builder the builder
	 */
	public void configure(CuratorFrameworkFactory.Builder builder) {
		if (this.authentication.isConfigured()) {
			builder.authorization(this.authentication.toAuthInfos());
		}
		builder.aclProvider(this.aclProvider);
		if (this.tls != null) {
			builder.zkClientConfig(this.tls.clientConfig());
		}
	}

	/**
	 * Find out why a client with these settings could not connect, if TLS is the reason.
	 * @param connectString the servers it tried
	 * @return the failed TLS handshake, or {@code null} if TLS is not the reason (or not
	 * used)
	 */
	public @Nullable TlsHandshakeFailedException diagnoseConnectFailure(String connectString) {
		return (this.tls != null) ? TlsHandshakeCheck.check(connectString, this.tls) : null;
	}

	/**
	 * Return the session's authentication.
	 * @return the authentication
	 */
	public ZkAuthentication getAuthentication() {
		return this.authentication;
	}

	/**
	 * Return the ACL of created znodes.
	 * @return the ACL provider
	 */
	public ConfiguredAclProvider getAclProvider() {
		return this.aclProvider;
	}

	/**
	 * Return the TLS settings.
	 * @return the settings, or {@code null} for plain connections
	 */
	public @Nullable ZkTls getTls() {
		return this.tls;
	}

	@Override
	public void close() {
		if (this.tls != null) {
			this.tls.close();
		}
	}

	@Override
	public String toString() {
		return "authentication " + this.authentication + ", ACL " + this.aclProvider + ", "
				+ ((this.tls != null) ? "TLS with " + this.tls : "no TLS");
	}

}
