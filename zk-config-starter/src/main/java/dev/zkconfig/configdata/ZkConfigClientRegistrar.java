package dev.zkconfig.configdata;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.zkconfig.autoconfigure.ZkConfigProperties;
import dev.zkconfig.embedded.EmbeddedZooKeeper;
import dev.zkconfig.embedded.EmbeddedZooKeeperRegistrar;
import dev.zkconfig.localfile.LocalSnapshots;
import dev.zkconfig.security.BootstrapSslBundles;
import dev.zkconfig.security.ClientSecurity;
import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.support.SecretValues;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.apache.commons.logging.Log;
import org.apache.curator.RetryPolicy;
import org.apache.curator.framework.CuratorFramework;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.bootstrap.BootstrapContext;
import org.springframework.boot.bootstrap.BootstrapContextClosedEvent;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.zookeeper.CuratorFactory;
import org.springframework.cloud.zookeeper.ZookeeperProperties;
import org.springframework.cloud.zookeeper.config.ZookeeperConfigProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

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

	/** Bean name of the rules that hide secret values in the application context. */
	static final String SECRET_VALUES_BEAN_NAME = "zkConfigSecretValues";

	/**
	 * The stock starter's property source listing the loaded contexts, and its property.
	 */
	private static final String CONTEXTS_SOURCE_NAME = "zookeeperConfigData";

	private static final String CONTEXTS_PROPERTY = ZookeeperConfigProperties.PREFIX + ".property-source-contexts";

	private static final String WATCHER_ENABLED = ZookeeperConfigProperties.PREFIX + ".watcher.enabled";

	/**
	 * Spring Cloud's switch for its refresh machinery: without it, the stock starter
	 * applies no change while the application runs.
	 */
	private static final String REFRESH_ENABLED = RefreshAutoConfiguration.REFRESH_SCOPE_ENABLED;

	/** Bean name under which the stock starter exposes its bootstrap Curator client. */
	static final String CURATOR_BEAN_NAME = "configDataCuratorFramework";

	private ZkConfigClientRegistrar() {
	}

	/**
	 * Return the application's context loader, creating it and its client on first use.
	 * The connection settings, the retry policy and the node layout are registered in the
	 * bootstrap context, as Spring Cloud Zookeeper does, for a {@link CuratorFramework}
	 * supplier registered there to read.
	 * @param bootstrap the bootstrap context
	 * @param binder binds with the bootstrap context's bind handler
	 * @param layout the stock node layout settings
	 * @param location the parsed import
	 * @param optional whether the import is optional
	 * @param logger the resolver's deferred log
	 * @return the loader
	 * @throws ZkConfigConnectException if ZooKeeper cannot be reached and the application
	 * may not start without it
	 */
	static ContextLoader getOrCreate(ConfigurableBootstrapContext bootstrap, BootstrapBinder binder,
			ZookeeperConfigProperties layout, ZkConfigLocation location, boolean optional, Log logger) {
		ZkConfigConnectException failed = bootstrap.getOrElse(ZkConfigConnectException.class, null);
		if (failed != null) {
			throw failed;
		}
		ContextLoader loader = bootstrap.getOrElse(ContextLoader.class, null);
		if (loader == null) {
			ZkConfigProperties settings = binder.bind(ZkConfigProperties.PREFIX, ZkConfigProperties.class,
					ZkConfigProperties::new);
			// created here so that the bootstrap phase hides the same keys as the
			// application
			bootstrap.registerIfAbsent(SecretValues.class,
					InstanceSupplier.of(SecretValues.withAdditionalKeys(settings.getSecrets().getAdditionalKeys())));
			BootstrapSslBundles bundles = new BootstrapSslBundles(binder.getBinder(), binder.getHandler());
			ClientSecurity security = clientSecurity(settings, bundles);
			ZkConfigClient client;
			try {
				bootstrap.registerIfAbsent(ZookeeperProperties.class,
						InstanceSupplier.of(connection(bootstrap, binder, location, settings, security, bundles)));
				bootstrap.registerIfAbsent(RetryPolicy.class,
						(context) -> CuratorFactory.retryPolicy(context.get(ZookeeperProperties.class)));
				bootstrap.registerIfAbsent(ZookeeperConfigProperties.class, InstanceSupplier.of(layout));
				LocalSnapshots localSnapshots = localSnapshots(binder, settings.getSnapshot());
				boolean mayStartDisconnected = optional
						|| (localSnapshots != null && settings.getSnapshot().isFallback());
				ZookeeperProperties connection = Objects.requireNonNull(bootstrap.get(ZookeeperProperties.class),
						"No ZookeeperProperties in the bootstrap context");
				client = new StartupConnection(bootstrap, connection, security).connect(mayStartDisconnected, logger);
				loader = new ContextLoader(client, loadSettings(binder, layout, settings), localSnapshots, logger);
				bootstrap.register(ContextLoader.class, InstanceSupplier.of(loader));
			}
			catch (ZkConfigConnectException ex) {
				security.close();
				bootstrap.register(ZkConfigConnectException.class, InstanceSupplier.of(ex));
				throw ex;
			}
			catch (RuntimeException ex) {
				security.close();
				throw ex;
			}
			bootstrap.register(ZkConfigClient.class, InstanceSupplier.of(client));
			bootstrap.addCloseListener(ZkConfigClientRegistrar::promote);
		}
		return loader;
	}

	/**
	 * The clients' security. The embedded server's bundle is the client's too unless
	 * zkconfig.ssl.bundle names another, so that a local try of TLS needs one bundle.
	 */
	private static ClientSecurity clientSecurity(ZkConfigProperties settings, BootstrapSslBundles bundles) {
		String bundle = settings.getSsl().getBundle();
		String property = ZkConfigProperties.PREFIX + ".ssl.bundle";
		ZkConfigProperties.Embedded embedded = settings.getEmbedded();
		if (!StringUtils.hasText(bundle) && embedded.isEnabled() && StringUtils.hasText(embedded.getSslBundle())) {
			bundle = embedded.getSslBundle();
			property = ZkConfigProperties.PREFIX + ".embedded.ssl-bundle";
		}
		return ClientSecurity.of(settings, bundles, StringUtils.hasText(bundle) ? bundle.trim() : null, property);
	}

	private static ZookeeperProperties connection(ConfigurableBootstrapContext bootstrap, BootstrapBinder binder,
			ZkConfigLocation location, ZkConfigProperties settings, ClientSecurity security,
			BootstrapSslBundles bundles) {
		ZookeeperProperties connection = binder.bind(ZookeeperProperties.PREFIX, ZookeeperProperties.class,
				ZookeeperProperties::new);
		EmbeddedZooKeeper embedded = EmbeddedZooKeeperRegistrar.startIfEnabled(bootstrap, settings.getEmbedded(),
				security, bundles);
		if (location.connectString() != null) {
			connection.setConnectString(location.connectString());
		}
		else if (embedded != null) {
			connection.setConnectString(embedded.getConnectionString());
		}
		return connection;
	}

	private static @Nullable LocalSnapshots localSnapshots(BootstrapBinder binder,
			ZkConfigProperties.Snapshot settings) {
		if (!settings.isEnabled()) {
			return null;
		}
		Path directory = (settings.getDirectory() != null) ? settings.getDirectory() : LocalSnapshots
			.defaultDirectory(binder.bind("spring.application.name", String.class, () -> "application"));
		return new LocalSnapshots(directory, settings.getExclude());
	}

	private static ContextLoader.Settings loadSettings(BootstrapBinder binder, ZookeeperConfigProperties layout,
			ZkConfigProperties settings) {
		boolean watching = binder.bind(WATCHER_ENABLED, Boolean.class, () -> true)
				&& binder.bind(REFRESH_ENABLED, Boolean.class, () -> true);
		return new ContextLoader.Settings(watching, settings.getLoadTimeout(),
				(int) Math.min(Integer.MAX_VALUE, settings.getMaxValueSize().toBytes()), layout.isFailFast());
	}

	/**
	 * Close the client, and stop the embedded server, of a failed startup, unless they
	 * were already handed to the application context, whose closing takes care of them.
	 * @param bootstrap the bootstrap context of the failed startup
	 * @param context the application context, if it was created
	 */
	static void closeUnlessPromoted(BootstrapContext bootstrap, @Nullable ConfigurableApplicationContext context) {
		ContextLoader loader = bootstrap.getOrElse(ContextLoader.class, null);
		if (loader != null && !isPromoted(context, CLIENT_BEAN_NAME)) {
			loader.getClient().close();
		}
		if (!isPromoted(context, EmbeddedZooKeeperRegistrar.BEAN_NAME)) {
			EmbeddedZooKeeperRegistrar.stopIfStarted(bootstrap);
		}
	}

	private static boolean isPromoted(@Nullable ConfigurableApplicationContext context, String beanName) {
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
		SecretValues secrets = event.getBootstrapContext().getOrElse(SecretValues.class, null);
		if (secrets != null && !beanFactory.containsBean(SECRET_VALUES_BEAN_NAME)) {
			beanFactory.registerSingleton(SECRET_VALUES_BEAN_NAME, secrets);
		}
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
		// as the stock starter does, for code that reads which contexts were loaded
		List<String> contexts = loader.getContexts().getAll().stream().map(ConfigContext::getName).toList();
		event.getApplicationContext()
			.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource(CONTEXTS_SOURCE_NAME, Map.of(CONTEXTS_PROPERTY, contexts)));
	}

}
