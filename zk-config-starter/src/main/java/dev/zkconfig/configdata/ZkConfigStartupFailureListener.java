package dev.zkconfig.configdata;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closes the configuration client, and stops the embedded ZooKeeper, that config data
 * loading started when the application then fails to start before they were handed to the
 * application context (which closes them otherwise): for example when another import of
 * {@code spring.config.import} cannot be found.
 */
class ZkConfigStartupFailureListener implements SpringApplicationRunListener {

	private @Nullable ConfigurableBootstrapContext bootstrapContext;

	ZkConfigStartupFailureListener(SpringApplication application, String[] args) {
	}

	@Override
	public void starting(ConfigurableBootstrapContext bootstrapContext) {
		this.bootstrapContext = bootstrapContext;
	}

	@Override
	public void failed(@Nullable ConfigurableApplicationContext context, Throwable exception) {
		if (this.bootstrapContext != null) {
			ZkConfigClientRegistrar.closeUnlessPromoted(this.bootstrapContext, context);
		}
	}

}
