package dev.zkconfig.autoconfigure;

import dev.zkconfig.actuate.ZkConfigEndpoint;
import dev.zkconfig.actuate.ZkConfigEndpointProperties;
import dev.zkconfig.actuate.ZkConfigEndpointWebExtension;
import dev.zkconfig.actuate.ZkConfigSanitizingFunction;
import dev.zkconfig.apply.ChangeHistory;
import dev.zkconfig.guard.ConfigurationPropertiesIndex;
import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.localfile.LocalSnapshots;
import dev.zkconfig.snapshot.ConfigContexts;
import dev.zkconfig.support.SecretValues;
import dev.zkconfig.zookeeper.ZkConfigClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Auto-configuration of the {@code zkconfig} actuator endpoint, and of zk-config's
 * secret-key rules as a {@link SanitizingFunction} for every endpoint that shows values.
 */
@AutoConfiguration(after = ZkConfigAutoConfiguration.class)
@ConditionalOnClass({ Endpoint.class, SanitizingFunction.class })
@ConditionalOnBean(ConfigContexts.class)
@EnableConfigurationProperties(ZkConfigEndpointProperties.class)
public class ZkConfigEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ZkConfigSanitizingFunction zkConfigSanitizingFunction(ObjectProvider<SecretValues> secrets) {
		return new ZkConfigSanitizingFunction(secrets.getIfAvailable(() -> SecretValues.DEFAULTS));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint
	ZkConfigEndpoint zkConfigEndpoint(ConfigurableEnvironment environment, ZkConfigClient client, Rejections rejections,
			ChangeHistory history, KeyIndex keyIndex, ConfigurationPropertiesIndex properties,
			ObjectProvider<LocalSnapshots> localSnapshots, ObjectProvider<SanitizingFunction> sanitizingFunctions,
			ZkConfigEndpointProperties endpointProperties) {
		return new ZkConfigEndpoint(environment, client, rejections, history, keyIndex, properties,
				localSnapshots.getIfAvailable(), sanitizingFunctions.orderedStream().toList(),
				endpointProperties.getShowValues());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(ZkConfigEndpoint.class)
	@ConditionalOnClass(EndpointWebExtension.class)
	ZkConfigEndpointWebExtension zkConfigEndpointWebExtension(ZkConfigEndpoint endpoint,
			ZkConfigEndpointProperties properties) {
		return new ZkConfigEndpointWebExtension(endpoint, properties.getShowValues(), properties.getRoles());
	}

}
