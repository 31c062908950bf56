package dev.zkconfig.configdata;

import dev.zkconfig.security.ClientSecurity;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.apache.commons.logging.Log;
import org.apache.curator.RetryPolicy;
import org.apache.curator.drivers.TracerDriver;
import org.apache.curator.ensemble.EnsembleProvider;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;

import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.cloud.zookeeper.CuratorFactory;
import org.springframework.cloud.zookeeper.CuratorFrameworkCustomizer;
import org.springframework.cloud.zookeeper.ZookeeperProperties;

/**
 * Connects the application's {@link ZkConfigClient} at startup, waiting once, for
 * {@code spring.cloud.zookeeper.block-until-connected-wait}.
 * <p>
 * The Curator client is built as Spring Cloud Zookeeper's {@link CuratorFactory} builds
 * it, so {@code spring.cloud.zookeeper.*} and the {@link RetryPolicy},
 * {@link CuratorFrameworkCustomizer}, {@link EnsembleProvider} and {@link TracerDriver}
 * registered in the bootstrap context apply; a {@link CuratorFramework} registered there
 * is used as it is and never closed. zk-config's {@link ClientSecurity} (authentication,
 * ACL, TLS) is applied before the customizer, which may change it. When ZooKeeper cannot
 * be reached and the application may start without it, the client keeps connecting in the
 * background.
 */
final class StartupConnection {

	private final ConfigurableBootstrapContext bootstrap;

	private final ZookeeperProperties connection;

	private final ClientSecurity security;

	StartupConnection(ConfigurableBootstrapContext bootstrap, ZookeeperProperties connection, ClientSecurity security) {
		this.bootstrap = bootstrap;
		this.connection = connection;
		this.security = security;
	}

	/**
	 * Connect.
	 * @param mayStartDisconnected whether the application may start while ZooKeeper
	 * cannot be reached (an optional import, or a local snapshot to fall back on)
	 * @param logger where to say that it does
	 * @return the client, connected unless ZooKeeper could not be reached; closing it
	 * closes the security's resources too
	 * @throws ZkConfigConnectException if ZooKeeper cannot be reached and the application
	 * may not start without it
	 */
	ZkConfigClient connect(boolean mayStartDisconnected, Log logger) {
		CuratorFramework supplied = this.bootstrap.getOrElse(CuratorFramework.class, null);
		if (supplied != null) {
			if (this.security.getAuthentication().isConfigured() || this.security.getTls() != null) {
				logger.warn("zkconfig.auth and zkconfig.ssl do not apply to the CuratorFramework registered in the "
						+ "bootstrap context: it is used as it is");
			}
			this.security.close();
			this.connection.setConnectString(supplied.getZookeeperClient().getCurrentConnectionString());
			if (!awaitConnected(supplied) && !mayStartDisconnected) {
				throw new ZkConfigConnectException(this.connection);
			}
			return new ZkConfigClient(supplied, false);
		}
		CuratorFramework curator = build();
		curator.start();
		if (awaitConnected(curator)) {
			return new ZkConfigClient(curator, true, this.security);
		}
		// a client that cannot connect retries at once, logging each attempt: stop it
		curator.close();
		ZkConfigConnectException failure = new ZkConfigConnectException(this.connection,
				this.security.diagnoseConnectFailure(connectString()));
		if (!mayStartDisconnected) {
			throw failure;
		}
		logger.warn(failure.getMessage() + "; starting without it and connecting in the background");
		ZkConfigClient client = new ZkConfigClient(build(), true, this.security);
		client.connectInBackground(connectString());
		return client;
	}

	private String connectString() {
		EnsembleProvider ensembleProvider = this.bootstrap.getOrElse(EnsembleProvider.class, null);
		return (ensembleProvider != null) ? ensembleProvider.getConnectionString() : this.connection.getConnectString();
	}

	private boolean awaitConnected(CuratorFramework curator) {
		try {
			return curator.getZookeeperClient().isConnected() || curator.blockUntilConnected(
					this.connection.getBlockUntilConnectedWait(), this.connection.getBlockUntilConnectedUnit());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Build a client as {@link CuratorFactory} does, without starting it or waiting. */
	private CuratorFramework build() {
		RetryPolicy retryPolicy = this.bootstrap.getOrElseSupply(RetryPolicy.class,
				() -> CuratorFactory.retryPolicy(this.connection));
		CuratorFrameworkFactory.Builder builder = CuratorFrameworkFactory.builder();
		EnsembleProvider ensembleProvider = this.bootstrap.getOrElse(EnsembleProvider.class, null);
		if (ensembleProvider != null) {
			builder.ensembleProvider(ensembleProvider);
		}
		else {
			builder.connectString(this.connection.getConnectString());
		}
		builder.sessionTimeoutMs((int) this.connection.getSessionTimeout().toMillis())
			.connectionTimeoutMs((int) this.connection.getConnectionTimeout().toMillis())
			.retryPolicy(retryPolicy);
		this.security.configure(builder);
		CuratorFrameworkCustomizer customizer = this.bootstrap.getOrElse(CuratorFrameworkCustomizer.class, null);
		if (customizer != null) {
			customizer.customize(builder);
		}
		CuratorFramework curator = builder.build();
		TracerDriver tracerDriver = this.bootstrap.getOrElse(TracerDriver.class, null);
		if (tracerDriver != null) {
			curator.getZookeeperClient().setTracerDriver(tracerDriver);
		}
		return curator;
	}

}
