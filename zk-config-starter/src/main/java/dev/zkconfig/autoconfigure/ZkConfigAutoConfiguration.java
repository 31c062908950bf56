package dev.zkconfig.autoconfigure;

import dev.zkconfig.client.ZkConfigClient;
import dev.zkconfig.refresh.ChangeApplier;
import dev.zkconfig.refresh.ChangeApplierLifecycle;
import dev.zkconfig.refresh.RefreshingChangeApplier;
import dev.zkconfig.refresh.TargetedConfigurationPropertiesRebinder;
import dev.zkconfig.refresh.TargetedLoggingRebinder;
import org.apache.curator.framework.recipes.cache.CuratorCache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.context.properties.ConfigurationPropertiesBeans;
import org.springframework.cloud.context.properties.ConfigurationPropertiesRebinder;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.cloud.logging.LoggingRebinder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of zk-config's change pipeline: when a {@code zookeeper:} import was
 * loaded by zk-config, changes of its contexts are applied to this application context,
 * rebinding only the {@code @ConfigurationProperties} beans and log levels they concern.
 */
@AutoConfiguration(before = { RefreshAutoConfiguration.class, ConfigurationPropertiesRebinderAutoConfiguration.class })
@ConditionalOnClass({ CuratorCache.class, RefreshScope.class })
@ConditionalOnProperty(prefix = ZkConfigProperties.PREFIX, name = "enabled", matchIfMissing = true)
@ConditionalOnBean(ZkConfigClient.class)
@EnableConfigurationProperties(ZkConfigProperties.class)
public class ZkConfigAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ChangeApplier zkConfigChangeApplier(ApplicationContext context, ObjectProvider<RefreshScope> refreshScope) {
		return new RefreshingChangeApplier(context, refreshScope);
	}

	@Bean
	@ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
	static ConfigurationPropertiesBeans configurationPropertiesBeans() {
		return new ConfigurationPropertiesBeans();
	}

	@Bean
	@ConditionalOnMissingBean(value = ConfigurationPropertiesRebinder.class, search = SearchStrategy.CURRENT)
	TargetedConfigurationPropertiesRebinder configurationPropertiesRebinder(ConfigurationPropertiesBeans beans) {
		return new TargetedConfigurationPropertiesRebinder(beans);
	}

	@Bean
	@ConditionalOnMissingBean(LoggingRebinder.class)
	static TargetedLoggingRebinder loggingRebinder() {
		return new TargetedLoggingRebinder();
	}

	@Bean
	ChangeApplierLifecycle zkConfigChangeApplierLifecycle(ZkConfigClient client, ChangeApplier applier) {
		return new ChangeApplierLifecycle(client.getDispatcher(), applier);
	}

}
