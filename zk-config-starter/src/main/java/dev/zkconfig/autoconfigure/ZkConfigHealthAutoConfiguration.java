package dev.zkconfig.autoconfigure;

import dev.zkconfig.actuate.ZkConfigHealthIndicator;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.snapshot.ConfigContexts;
import dev.zkconfig.zookeeper.ZkConfigClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code zkconfig} health indicator.
 */
@AutoConfiguration(after = ZkConfigAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ConfigContexts.class)
@ConditionalOnEnabledHealthIndicator("zkconfig")
public class ZkConfigHealthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "zkconfigHealthIndicator")
	ZkConfigHealthIndicator zkconfigHealthIndicator(ZkConfigClient client, ConfigContexts contexts,
			Rejections rejections, ZkConfigProperties properties) {
		return new ZkConfigHealthIndicator(client, contexts, rejections,
				new Status(properties.getHealth().getSnapshotStatus()));
	}

}
