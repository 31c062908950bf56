package dev.zkconfig.configdata;

import java.util.stream.Stream;

import dev.zkconfig.autoconfigure.ZkConfigProperties;
import dev.zkconfig.zookeeper.ZkConfigClient;
import dev.zkconfig.embedded.EmbeddedZooKeeper;
import dev.zkconfig.embedded.EmbeddedZooKeeperRegistrar;
import org.apache.commons.logging.Log;
import org.apache.curator.RetryPolicy;
import org.apache.curator.drivers.TracerDriver;
import org.apache.curator.ensemble.EnsembleProvider;
import org.apache.curator.framework.CuratorFramework;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.bootstrap.BootstrapContext;
import org.springframework.boot.bootstrap.BootstrapContextClosedEvent;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.zookeeper.CuratorFactory;
import org.springframework.cloud.zookeeper.CuratorFrameworkCustomizer;
import org.springframework.cloud.zookeeper.ZookeeperProperties;
import org.springframework.cloud.zookeeper.config.ZookeeperConfigProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Creates the {@link ZkConfigClient} and the {@link ContextLoader} once per application in
 * the bootstrap context, and hands the client, the loaded contexts and the rejections to
 * the application context when that is ready.
 * <p>
 * The Curator client is built with Spring Cloud Zookeeper's own factory, so
 * {@code spring.cloud.zookeeper.*} and the {@link RetryPolicy},
 * {@link CuratorFrameworkCustomizer}, {@link EnsembleProvider} and {@link TracerDriver}
 * registered in the bootstrap context apply as with the stock starter. A
 * {@link CuratorFramework} registered there is used as it is and not closed.
 */
final class ZkConfigClientRegistrar {

	/** Bean name of the client in the application context. */
	static final String CLIENT_BEAN_NAME = "zkConfigClient";

	/** Bean name of the loaded contexts in the application context. */
	static final String CONTEXTS_BEAN_NAME = "zkConfigContexts";

	/** Bean name of the recorded rejections in the application context. */
	static final String REJECTIONS_BEAN_NAME = "zkConfigRejections";

	private static final String WATCHER_ENABLED = ZookeeperConfigProperties.PREFIX + ".watcher.enabled";

	/** Bean name under which the stock starter exposes its bootstrap Curator client. */
	static final String CURATOR_BEAN_NAME = "configDataCuratorFramework";

	private ZkConfigClientRegistrar() {
	}

	/**
	 * Return the application's context loader, creating it and its client on first use.
	 * @param bootstrap the bootstrap context
	 * @param binder the binder of the environment being prepared
	 * @param layout the stock node layout settings
	 * @param location the parsed import
	 * @param optional whether the import is optional
	 * @param logger the resolver's deferred log
	 * @return the loader, or {@code null} if the import is optional and ZooKeeper cannot
	 * be reached
	 */
	static ContextLoader getOrCreate(ConfigurableBootstrapContext bootstrap, Binder binder,
			ZookeeperConfigProperties layout, ZkConfigLocation location, boolean optional, Log logger) {
		if (!bootstrap.isRegistered(Attempt.class)) {
			ZkConfigClient client = create(bootstrap, binder, location, optional, logger);
			ContextLoader loader = (client != null) ? new ContextLoader(client, settings(binder, layout)) : null;
			Attempt attempt = new Attempt(loader);
			bootstrap.register(Attempt.class, InstanceSupplier.of(attempt));
			if (loader != null) {
				bootstrap.register(ContextLoader.class, InstanceSupplier.of(loader));
				bootstrap.register(ZkConfigClient.class, InstanceSupplier.of(client));
				bootstrap.addCloseListener(ZkConfigClientRegistrar::promote);
			}
		}
		return bootstrap.get(Attempt.class).loader();
	}

	private static ContextLoader.Settings settings(Binder binder, ZookeeperConfigProperties layout) {
		ZkConfigProperties settings = binder.bind(ZkConfigProperties.PREFIX, ZkConfigProperties.class)
			.orElseGet(ZkConfigProperties::new);
		boolean watching = binder.bind(WATCHER_ENABLED, Boolean.class).orElse(true);
		return new ContextLoader.Settings(watching, settings.getLoadTimeout(),
				(int) Math.min(Integer.MAX_VALUE, settings.getMaxValueSize().toBytes()), layout.isFailFast());
	}

	private static ZkConfigClient create(ConfigurableBootstrapContext bootstrap, Binder binder,
			ZkConfigLocation location, boolean optional, Log logger) {
		ZookeeperProperties connection = binder.bind(ZookeeperProperties.PREFIX, ZookeeperProperties.class)
			.orElseGet(ZookeeperProperties::new);
		EmbeddedZooKeeper embedded = EmbeddedZooKeeperRegistrar.startIfEnabled(bootstrap, binder);
		if (location.connectString() != null) {
			connection.setConnectString(location.connectString());
		}
		else if (embedded != null) {
			connection.setConnectString(embedded.getConnectionString());
		}
		boolean ownsCurator = !bootstrap.isRegistered(CuratorFramework.class);
		CuratorFramework curator = ownsCurator ? connect(bootstrap, connection)
				: bootstrap.get(CuratorFramework.class);
		if (curator != null && !ownsCurator) {
			connection.setConnectString(curator.getZookeeperClient().getCurrentConnectionString());
		}
		// CuratorFactory has already waited for a client it built
		boolean connected = (curator != null)
				&& (ownsCurator ? curator.getZookeeperClient().isConnected() : awaitConnected(curator, connection));
		if (!connected) {
			if (ownsCurator && curator != null) {
				curator.close();
			}
			ZkConfigConnectException failure = new ZkConfigConnectException(connection);
			if (!optional) {
				throw failure;
			}
			logger.warn(failure.getMessage() + "; starting without ZooKeeper configuration (optional import)");
			return null;
		}
		return new ZkConfigClient(curator, ownsCurator);
	}

	private static boolean awaitConnected(CuratorFramework curator, ZookeeperProperties connection) {
		try {
			return curator.getZookeeperClient().isConnected() || curator
				.blockUntilConnected(connection.getBlockUntilConnectedWait(), connection.getBlockUntilConnectedUnit());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static CuratorFramework connect(ConfigurableBootstrapContext bootstrap, ZookeeperProperties connection) {
		RetryPolicy retryPolicy = bootstrap.getOrElseSupply(RetryPolicy.class,
				() -> CuratorFactory.retryPolicy(connection));
		CuratorFrameworkCustomizer customizer = bootstrap.getOrElse(CuratorFrameworkCustomizer.class, null);
		EnsembleProvider ensembleProvider = bootstrap.getOrElse(EnsembleProvider.class, null);
		TracerDriver tracerDriver = bootstrap.getOrElse(TracerDriver.class, null);
		try {
			return CuratorFactory.curatorFramework(connection, retryPolicy,
					() -> (customizer != null) ? Stream.of(customizer) : null, () -> ensembleProvider,
					() -> tracerDriver);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ZkConfigConnectException(connection);
		}
		catch (Exception ex) {
			throw new ZkConfigConnectException(connection, ex);
		}
	}

	/** The outcome of the one connection attempt per application; no loader if it failed. */
	private record Attempt(ContextLoader loader) {
	}

	/**
	 * Close the client, and stop the embedded server, of a failed startup, unless they
	 * were already handed to the application context, whose closing takes care of them.
	 * @param bootstrap the bootstrap context of the failed startup
	 * @param context the application context, if it was created
	 */
	static void closeUnlessPromoted(BootstrapContext bootstrap, ConfigurableApplicationContext context) {
		Attempt attempt = bootstrap.getOrElse(Attempt.class, null);
		if (attempt != null && attempt.loader() != null && !isPromoted(context, CLIENT_BEAN_NAME)) {
			attempt.loader().getClient().close();
		}
		if (!isPromoted(context, EmbeddedZooKeeperRegistrar.BEAN_NAME)) {
			EmbeddedZooKeeperRegistrar.stopIfStarted(bootstrap);
		}
	}

	private static boolean isPromoted(ConfigurableApplicationContext context, String beanName) {
		return context != null && context.getBeanFactory().containsSingleton(beanName);
	}

	private static void promote(BootstrapContextClosedEvent event) {
		// first, so that the embedded server is destroyed after the client
		EmbeddedZooKeeperRegistrar.promote(event);
		ContextLoader loader = event.getBootstrapContext().getOrElse(ContextLoader.class, null);
		if (loader == null) {
			return;
		}
		ZkConfigClient client = loader.getClient();
		ConfigurableListableBeanFactory beanFactory = event.getApplicationContext().getBeanFactory();
		beanFactory.registerSingleton(CONTEXTS_BEAN_NAME, loader.getContexts());
		beanFactory.registerSingleton(REJECTIONS_BEAN_NAME, loader.getRejections());
		beanFactory.registerSingleton(CLIENT_BEAN_NAME, client);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(CLIENT_BEAN_NAME, client::close);
		}
		if (!beanFactory.containsBean(CURATOR_BEAN_NAME)) {
			beanFactory.registerSingleton(CURATOR_BEAN_NAME, client.getCurator());
		}
	}

}
