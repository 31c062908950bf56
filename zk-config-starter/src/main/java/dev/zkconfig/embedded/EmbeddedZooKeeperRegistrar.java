package dev.zkconfig.embedded;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.zkconfig.autoconfigure.ZkConfigProperties;
import dev.zkconfig.security.BootstrapSslBundles;
import dev.zkconfig.security.ClientSecurity;
import dev.zkconfig.security.ZkTls;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryNTimes;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.bootstrap.BootstrapContext;
import org.springframework.boot.bootstrap.BootstrapContextClosedEvent;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.logging.DeferredLog;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Starts the {@link EmbeddedZooKeeper} of an application that asks for one
 * ({@code zkconfig.embedded.enabled=true}), once, in the bootstrap context, before the
 * configuration client connects; and hands it to the application context, which stops it
 * on close.
 */
public final class EmbeddedZooKeeperRegistrar {

	/** Bean name of the server in the application context. */
	public static final String BEAN_NAME = "zkConfigEmbeddedZooKeeper";

	private static final Duration SEED_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	private EmbeddedZooKeeperRegistrar() {
	}

	/**
	 * Return the application's embedded server, starting and seeding it on first use, if
	 * {@code zkconfig.embedded.enabled} is true. The seed is written with the
	 * application's client security: its authentication, the ACL of new znodes, TLS.
	 * @param bootstrap the bootstrap context
	 * @param settings the {@code zkconfig.embedded} settings
	 * @param security the security of the application's clients, {@code null} for none
	 * @param bundles the SSL bundles, for the server's own
	 * ({@code zkconfig.embedded.ssl-bundle})
	 * @return the running server, or {@code null} if none is asked for
	 */
	public static @Nullable EmbeddedZooKeeper startIfEnabled(ConfigurableBootstrapContext bootstrap,
			ZkConfigProperties.Embedded settings, @Nullable ClientSecurity security, BootstrapSslBundles bundles) {
		Running started = bootstrap.getOrElse(Running.class, null);
		if (started != null) {
			return started.server();
		}
		if (!settings.isEnabled()) {
			return null;
		}
		String bundle = settings.getSslBundle();
		String property = ZkConfigProperties.PREFIX + ".embedded.ssl-bundle";
		ZkTls tls = StringUtils.hasText(bundle) ? ZkTls.of(bundle, bundles.get(bundle, property), property) : null;
		EmbeddedZooKeeper server = EmbeddedZooKeeper.start(settings.getPort(), settings.getDataDir(), tls);
		// logging is not set up yet: the messages are written when the application
		// context
		// takes the server over
		DeferredLog log = new DeferredLog();
		log.warn("Started an embedded ZooKeeper DEVELOPMENT server on port " + server.getPort()
				+ (server.isSecure() ? " serving TLS with SSL bundle '" + bundle + "'" : "")
				+ " (zkconfig.embedded.enabled=true); it is not for production");
		try {
			if (StringUtils.hasText(settings.getSeed())) {
				List<String> created = seed(server, settings.getSeed(), security);
				log.info("Created " + created.size() + " znodes from " + settings.getSeed()
						+ " in the embedded ZooKeeper; existing znodes were kept as they are");
			}
		}
		catch (RuntimeException ex) {
			server.close();
			throw ex;
		}
		bootstrap.registerIfAbsent(Running.class, InstanceSupplier.of(new Running(server, log)));
		return server;
	}

	private static List<String> seed(EmbeddedZooKeeper server, String location, @Nullable ClientSecurity security) {
		CuratorFrameworkFactory.Builder builder = CuratorFrameworkFactory.builder()
			.connectString(server.getConnectionString())
			.retryPolicy(new RetryNTimes(3, 100));
		if (security != null) {
			security.configure(builder);
		}
		try (CuratorFramework curator = builder.build()) {
			curator.start();
			if (!curator.blockUntilConnected((int) SEED_CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("Could not connect to the embedded ZooKeeper to seed it");
			}
			return new ZNodeSeeder(curator).seed(new DefaultResourceLoader().getResource(location));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while seeding the embedded ZooKeeper", ex);
		}
	}

	/**
	 * Register the embedded server, if there is one, in the application context, which
	 * stops it when it closes. Call it before the configuration client is registered, so
	 * that the server stops after the client: disposable beans are destroyed in reverse
	 * order of registration.
	 * @param event the event closing the bootstrap context
	 */
	public static void promote(BootstrapContextClosedEvent event) {
		Running running = event.getBootstrapContext().getOrElse(Running.class, null);
		if (running == null) {
			return;
		}
		running.log().replayTo(EmbeddedZooKeeperRegistrar.class);
		EmbeddedZooKeeper server = running.server();
		ConfigurableListableBeanFactory beanFactory = event.getApplicationContext().getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, server);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(BEAN_NAME, server::close);
		}
	}

	/**
	 * Stop the embedded server of a startup that failed before the server was handed to
	 * the application context, and write the messages kept for it.
	 * @param bootstrap the bootstrap context of the failed startup
	 */
	public static void stopIfStarted(BootstrapContext bootstrap) {
		Running running = bootstrap.getOrElse(Running.class, null);
		if (running != null) {
			running.log().replayTo(EmbeddedZooKeeperRegistrar.class);
			running.server().close();
		}
	}

	private record Running(EmbeddedZooKeeper server, DeferredLog log) {
	}

}
