package dev.zkconfig.autoconfigure;

import dev.zkconfig.metrics.ZkConfigMetrics;
import dev.zkconfig.snapshot.ConfigContexts;
import dev.zkconfig.zookeeper.ZkConfigClient;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of zk-config's Micrometer meters.
 */
@AutoConfiguration(after = { ZkConfigAutoConfiguration.class, MetricsAutoConfiguration.class,
		CompositeMeterRegistryAutoConfiguration.class })
@ConditionalOnClass({ MeterRegistry.class, MetricsAutoConfiguration.class })
@ConditionalOnBean({ ConfigContexts.class, MeterRegistry.class })
public class ZkConfigMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ZkConfigMetrics zkConfigMetrics(ZkConfigClient client, ConfigContexts contexts) {
		return new ZkConfigMetrics(client, contexts);
	}

}
