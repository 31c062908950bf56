package dev.zkconfig.autoconfigure;

import dev.zkconfig.apply.ApplyStep;
import dev.zkconfig.apply.ChangeHistory;
import dev.zkconfig.apply.ChangeListener;
import dev.zkconfig.apply.ChangePipeline;
import dev.zkconfig.apply.PublishChangeEventStep;
import dev.zkconfig.apply.RebindStep;
import dev.zkconfig.apply.RefreshScopeStep;
import dev.zkconfig.apply.TargetedConfigurationPropertiesRebinder;
import dev.zkconfig.apply.TargetedLoggingRebinder;
import dev.zkconfig.apply.TargetedRefreshScope;
import dev.zkconfig.apply.ValueInPlaceStep;
import dev.zkconfig.event.ZkConfigListenerFactory;
import dev.zkconfig.guard.ConfigGuard;
import dev.zkconfig.guard.ConfigurationPropertiesIndex;
import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.KeyIndexRegistrar;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.localfile.LocalSnapshots;
import dev.zkconfig.localfile.SnapshotFileWriter;
import dev.zkconfig.snapshot.ConfigContexts;
import dev.zkconfig.support.SecretValues;
import org.apache.curator.framework.recipes.watch.PersistentWatcher;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration.RefreshProperties;
import org.springframework.cloud.context.properties.ConfigurationPropertiesBeans;
import org.springframework.cloud.context.properties.ConfigurationPropertiesRebinder;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.cloud.logging.LoggingRebinder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of zk-config's change pipeline: when a {@code zookeeper:} import was
 * loaded by zk-config, changes of its contexts are checked against the beans that read
 * them ({@code zkconfig.guard.enabled}), accepted or rejected whole, and applied to this
 * application context, rebinding only the {@code @ConfigurationProperties} beans and log
 * levels they concern.
 */
@AutoConfiguration(before = { RefreshAutoConfiguration.class, ConfigurationPropertiesRebinderAutoConfiguration.class })
@ConditionalOnClass({ PersistentWatcher.class, RefreshScope.class })
@ConditionalOnBooleanProperty(name = ZkConfigProperties.PREFIX + ".enabled", matchIfMissing = true)
@ConditionalOnBean(ConfigContexts.class)
@EnableConfigurationProperties(ZkConfigProperties.class)
public class ZkConfigAutoConfiguration {

	@Bean
	static KeyIndex zkConfigKeyIndex() {
		return new KeyIndex();
	}

	@Bean
	static KeyIndexRegistrar zkConfigKeyIndexRegistrar(KeyIndex zkConfigKeyIndex) {
		return new KeyIndexRegistrar(zkConfigKeyIndex);
	}

	@Bean
	@ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
	static ConfigurationPropertiesBeans configurationPropertiesBeans() {
		return new ConfigurationPropertiesBeans();
	}

	@Bean
	ConfigurationPropertiesIndex zkConfigPropertiesIndex(ApplicationContext context,
			ConfigurationPropertiesBeans beans) {
		return new ConfigurationPropertiesIndex(context, beans);
	}

	@Bean
	@ConditionalOnMissingBean(value = ConfigurationPropertiesRebinder.class, search = SearchStrategy.CURRENT)
	TargetedConfigurationPropertiesRebinder configurationPropertiesRebinder(ConfigurationPropertiesBeans beans,
			ObjectProvider<RefreshProperties> refreshProperties, ConfigurationPropertiesIndex zkConfigPropertiesIndex) {
		return new TargetedConfigurationPropertiesRebinder(beans, refreshProperties.getIfAvailable(),
				zkConfigPropertiesIndex);
	}

	@Bean
	@ConditionalOnMissingBean(LoggingRebinder.class)
	static TargetedLoggingRebinder loggingRebinder() {
		return new TargetedLoggingRebinder();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = ZkConfigProperties.PREFIX + ".guard.enabled", matchIfMissing = true)
	ConfigGuard zkConfigGuard(ConfigurableApplicationContext context, KeyIndex zkConfigKeyIndex,
			ConfigurationPropertiesIndex zkConfigPropertiesIndex) {
		return new ConfigGuard(context, zkConfigKeyIndex, zkConfigPropertiesIndex);
	}

	@Bean
	RebindStep zkConfigRebindStep(ApplicationContext context, ConfigurationPropertiesIndex zkConfigPropertiesIndex) {
		return new RebindStep(context, zkConfigPropertiesIndex);
	}

	@Bean
	static ZkConfigListenerFactory zkConfigListenerFactory() {
		return new ZkConfigListenerFactory();
	}

	@Bean
	@ConditionalOnMissingBean(RefreshScope.class)
	@ConditionalOnBooleanProperty(name = RefreshAutoConfiguration.REFRESH_SCOPE_ENABLED, matchIfMissing = true)
	static TargetedRefreshScope refreshScope() {
		return new TargetedRefreshScope();
	}

	@Bean
	RefreshScopeStep zkConfigRefreshScopeStep(ObjectProvider<RefreshScope> refreshScope,
			ConfigurableApplicationContext context, KeyIndex zkConfigKeyIndex,
			ConfigurationPropertiesIndex zkConfigPropertiesIndex, ZkConfigProperties properties, Rejections rejections,
			ObjectProvider<ChangeListener> listeners) {
		return new RefreshScopeStep(refreshScope, context.getBeanFactory(), zkConfigKeyIndex, zkConfigPropertiesIndex,
				properties.getRefresh().getMode(), rejections, context, listeners);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = ZkConfigProperties.PREFIX + ".refresh.value-in-place", matchIfMissing = true)
	ValueInPlaceStep zkConfigValueInPlaceStep(ConfigurableApplicationContext context, KeyIndex zkConfigKeyIndex) {
		return new ValueInPlaceStep(context.getBeanFactory(), zkConfigKeyIndex);
	}

	@Bean
	@ConditionalOnMissingBean
	ChangeHistory zkConfigChangeHistory() {
		return new ChangeHistory();
	}

	@Bean
	PublishChangeEventStep zkConfigPublishChangeEventStep(ApplicationContext context) {
		return new PublishChangeEventStep(context);
	}

	@Bean
	@ConditionalOnBean(LocalSnapshots.class)
	SnapshotFileWriter zkConfigSnapshotFileWriter(ConfigContexts contexts, LocalSnapshots localSnapshots) {
		return new SnapshotFileWriter(contexts, localSnapshots);
	}

	@Bean
	ChangePipeline zkConfigChangePipeline(ConfigContexts contexts, ObjectProvider<ConfigGuard> guard,
			Rejections rejections, ObjectProvider<ApplyStep> steps, ObjectProvider<ChangeListener> listeners,
			ConfigurableApplicationContext context, ZkConfigProperties properties,
			ObjectProvider<SecretValues> secrets) {
		ChangePipeline pipeline = new ChangePipeline(contexts, guard.getIfAvailable(), rejections,
				steps.orderedStream().toList(), listeners.orderedStream().toList(), context,
				properties.getRefresh().getCoalesceWindow(), properties.getGuard().getEmptyZnodeGrace());
		pipeline.setSecretValues(secrets.getIfAvailable(() -> SecretValues.DEFAULTS));
		return pipeline;
	}

}
