package dev.zkconfig.configdata;

import java.nio.file.Path;

import dev.zkconfig.autoconfigure.ZkConfigProperties;
import dev.zkconfig.embedded.EmbeddedZooKeeper;
import dev.zkconfig.embedded.EmbeddedZooKeeperRegistrar;
import dev.zkconfig.localfile.LocalSnapshots;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.apache.commons.logging.Log;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.bootstrap.BootstrapContext;
import org.springframework.boot.bootstrap.BootstrapContextClosedEvent;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.zookeeper.ZookeeperProperties;
import org.springframework.cloud.zookeeper.config.ZookeeperConfigProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Creates the {@link ZkConfigClient} ({@link StartupConnection}) and the
 * {@link ContextLoader} once per application in the bootstrap context, and hands the
 * client, the loaded contexts, the rejections and the local snapshots to the application
 * context when that is ready: the one handover from the bootstrap context.
 */
final class ZkConfigClientRegistrar {

	/** Bean name of the client in the application context. */
	static final String CLIENT_BEAN_NAME = "zkConfigClient";

	/** Bean name of the loaded contexts in the application context. */
	static final String CONTEXTS_BEAN_NAME = "zkConfigContexts";

	/** Bean name of the recorded rejections in the application context. */
	static final String REJECTIONS_BEAN_NAME = "zkConfigRejections";

	/** Bean name of the local snapshots in the application context. */
	static final String LOCAL_SNAPSHOTS_BEAN_NAME = "zkConfigLocalSnapshots";

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
	 * @return the loader
	 * @throws ZkConfigConnectException if ZooKeeper cannot be reached and the application
	 * may not start without it
	 */
	static ContextLoader getOrCreate(ConfigurableBootstrapContext bootstrap, Binder binder,
			ZookeeperConfigProperties layout, ZkConfigLocation location, boolean optional, Log logger) {
		if (!bootstrap.isRegistered(ContextLoader.class)) {
			ZkConfigProperties settings = binder.bind(ZkConfigProperties.PREFIX, ZkConfigProperties.class)
				.orElseGet(ZkConfigProperties::new);
			LocalSnapshots localSnapshots = localSnapshots(binder, settings.getSnapshot());
			boolean mayStartDisconnected = optional
					|| (localSnapshots != null && settings.getSnapshot().isFallback());
			ZkConfigClient client = new StartupConnection(bootstrap, connection(bootstrap, binder, location))
				.connect(mayStartDisconnected, logger);
			ContextLoader loader = new ContextLoader(client, loadSettings(binder, layout, settings), localSnapshots,
					logger);
			bootstrap.register(ContextLoader.class, InstanceSupplier.of(loader));
			bootstrap.register(ZkConfigClient.class, InstanceSupplier.of(client));
			bootstrap.addCloseListener(ZkConfigClientRegistrar::promote);
		}
		return bootstrap.get(ContextLoader.class);
	}

	private static ZookeeperProperties connection(ConfigurableBootstrapContext bootstrap, Binder binder,
			ZkConfigLocation location) {
		ZookeeperProperties connection = binder.bind(ZookeeperProperties.PREFIX, ZookeeperProperties.class)
			.orElseGet(ZookeeperProperties::new);
		EmbeddedZooKeeper embedded = EmbeddedZooKeeperRegistrar.startIfEnabled(bootstrap, binder);
		if (location.connectString() != null) {
			connection.setConnectString(location.connectString());
		}
		else if (embedded != null) {
			connection.setConnectString(embedded.getConnectionString());
		}
		return connection;
	}

	private static LocalSnapshots localSnapshots(Binder binder, ZkConfigProperties.Snapshot settings) {
		if (!settings.isEnabled()) {
			return null;
		}
		Path directory = (settings.getDirectory() != null) ? settings.getDirectory() : LocalSnapshots
			.defaultDirectory(binder.bind("spring.application.name", String.class).orElse("application"));
		return new LocalSnapshots(directory, settings.getExclude());
	}

	private static ContextLoader.Settings loadSettings(Binder binder, ZookeeperConfigProperties layout,
			ZkConfigProperties settings) {
		boolean watching = binder.bind(WATCHER_ENABLED, Boolean.class).orElse(true);
		return new ContextLoader.Settings(watching, settings.getLoadTimeout(),
				(int) Math.min(Integer.MAX_VALUE, settings.getMaxValueSize().toBytes()), layout.isFailFast());
	}

	/**
	 * Close the client, and stop the embedded server, of a failed startup, unless they
	 * were already handed to the application context, whose closing takes care of them.
	 * @param bootstrap the bootstrap context of the failed startup
	 * @param context the application context, if it was created
	 */
	static void closeUnlessPromoted(BootstrapContext bootstrap, ConfigurableApplicationContext context) {
		ContextLoader loader = bootstrap.getOrElse(ContextLoader.class, null);
		if (loader != null && !isPromoted(context, CLIENT_BEAN_NAME)) {
			loader.getClient().close();
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
		if (loader.getLocalSnapshots() != null) {
			beanFactory.registerSingleton(LOCAL_SNAPSHOTS_BEAN_NAME, loader.getLocalSnapshots());
		}
		beanFactory.registerSingleton(CLIENT_BEAN_NAME, client);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(CLIENT_BEAN_NAME, client::close);
		}
		if (!beanFactory.containsBean(CURATOR_BEAN_NAME)) {
			beanFactory.registerSingleton(CURATOR_BEAN_NAME, client.getCurator());
		}
	}

}
