package dev.zkconfig.autoconfigure;

import dev.zkconfig.zookeeper.ZkConfigClient;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * Leaves out Spring Cloud Zookeeper Config's watcher auto-configuration while zk-config
 * has loaded the {@code zookeeper:} import, so that one change causes one refresh. With
 * {@code zkconfig.enabled=false} (or the legacy bootstrap), nothing is left out.
 */
public class StockConfigWatcherFilter implements AutoConfigurationImportFilter, BeanFactoryAware {

	static final String STOCK_WATCHER_CONFIGURATION = "org.springframework.cloud.zookeeper.config.ZookeeperConfigAutoConfiguration";

	private @Nullable BeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public boolean[] match(@Nullable String[] autoConfigurationClasses,
			AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean zkConfigActive = this.beanFactory instanceof ListableBeanFactory listable
				&& listable.getBeanNamesForType(ZkConfigClient.class, false, false).length > 0;
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < autoConfigurationClasses.length; i++) {
			matches[i] = !(zkConfigActive && STOCK_WATCHER_CONFIGURATION.equals(autoConfigurationClasses[i]));
		}
		return matches;
	}

}
