package dev.zkconfig.autoconfigure;

import java.time.Duration;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.client.ZkConfigClient;
import dev.zkconfig.refresh.ChangeApplier;
import dev.zkconfig.refresh.ChangeApplierLifecycle;
import dev.zkconfig.refresh.RefreshingChangeApplier;
import dev.zkconfig.refresh.TargetedConfigurationPropertiesRebinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.context.properties.ConfigurationPropertiesRebinder;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class ZkConfigAutoConfigurationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	private static ZkConfigClient client;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
				RefreshAutoConfiguration.class, ConfigurationPropertiesRebinderAutoConfiguration.class,
				ZkConfigAutoConfiguration.class));

	@BeforeAll
	static void createClient() {
		client = new ZkConfigClient(zk.client(), false, true, Duration.ofSeconds(10), Duration.ofMillis(100));
	}

	@AfterAll
	static void closeClient() {
		client.close();
	}

	@Test
	void backsOffWithoutAClientFromAZookeeperImport() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ChangeApplierLifecycle.class)
			.doesNotHaveBean(ZkConfigProperties.class));
	}

	@Test
	void attachesTheRefreshingApplierWhenAClientIsPresent() {
		this.runner.withBean(ZkConfigClient.class, () -> client)
			.run((context) -> assertThat(context).hasSingleBean(ChangeApplierLifecycle.class)
				.hasSingleBean(ZkConfigProperties.class)
				.getBean(ChangeApplier.class)
				.isInstanceOf(RefreshingChangeApplier.class));
	}

	@Test
	void replacesSpringCloudsRebinderWithTheTargetedOne() {
		this.runner.withBean(ZkConfigClient.class, () -> client)
			.run((context) -> assertThat(context).getBean(ConfigurationPropertiesRebinder.class)
				.isInstanceOf(TargetedConfigurationPropertiesRebinder.class));
		this.runner.run((context) -> assertThat(context).getBean(ConfigurationPropertiesRebinder.class)
			.isNotInstanceOf(TargetedConfigurationPropertiesRebinder.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withBean(ZkConfigClient.class, () -> client)
			.withPropertyValues("zkconfig.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ChangeApplierLifecycle.class));
	}

	@Test
	void backsOffWithoutSpringCloudContext() {
		this.runner.withBean(ZkConfigClient.class, () -> client)
			.withClassLoader(new FilteredClassLoader(RefreshScope.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ChangeApplierLifecycle.class));
	}

	@Test
	void usesTheApplicationsOwnApplier() {
		this.runner.withBean(ZkConfigClient.class, () -> client)
			.withUserConfiguration(CustomApplierConfiguration.class)
			.run((context) -> assertThat(context).getBean(ChangeApplier.class)
				.isSameAs(context.getBean(CustomApplierConfiguration.class).applier));
	}

	@Test
	void bindsItsProperties() {
		this.runner.withBean(ZkConfigClient.class, () -> client)
			.withPropertyValues("zkconfig.load-timeout=5s", "zkconfig.refresh.coalesce-window=250ms")
			.run((context) -> {
				ZkConfigProperties properties = context.getBean(ZkConfigProperties.class);
				assertThat(properties.getLoadTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(properties.getRefresh().getCoalesceWindow()).isEqualTo(Duration.ofMillis(250));
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomApplierConfiguration {

		final ChangeApplier applier = (batch) -> {
		};

		@Bean
		ChangeApplier customApplier() {
			return this.applier;
		}

	}

}
