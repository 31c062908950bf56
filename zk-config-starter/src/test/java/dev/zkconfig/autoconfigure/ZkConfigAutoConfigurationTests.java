package dev.zkconfig.autoconfigure;

import java.time.Duration;
import java.util.List;

import dev.zkconfig.apply.ApplyStep;
import dev.zkconfig.apply.ChangePipeline;
import dev.zkconfig.apply.PublishChangeEventStep;
import dev.zkconfig.apply.RebindStep;
import dev.zkconfig.apply.RefreshScopeStep;
import dev.zkconfig.apply.TargetedConfigurationPropertiesRebinder;
import dev.zkconfig.apply.TargetedRefreshScope;
import dev.zkconfig.apply.ValueInPlaceStep;
import dev.zkconfig.guard.ConfigGuard;
import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.snapshot.ConfigContexts;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.context.properties.ConfigurationPropertiesRebinder;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change pipeline's auto-configuration: present only when zk-config loaded a
 * {@code zookeeper:} import (its contexts were handed to the application context).
 */
class ZkConfigAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class, RefreshAutoConfiguration.class,
					ConfigurationPropertiesRebinderAutoConfiguration.class, ZkConfigAutoConfiguration.class));

	private final ApplicationContextRunner withContexts = this.runner
		.withBean(ConfigContexts.class, ConfigContexts::new)
		.withBean(Rejections.class, Rejections::new);

	@Test
	void backsOffWithoutContextsFromAZookeeperImport() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ChangePipeline.class)
			.doesNotHaveBean(ZkConfigProperties.class)
			.doesNotHaveBean(KeyIndex.class));
	}

	@Test
	void setsUpTheGuardAndThePipelineWithItsStepsInOrder() {
		this.withContexts.run((context) -> {
			assertThat(context).hasSingleBean(ChangePipeline.class)
				.hasSingleBean(ConfigGuard.class)
				.hasSingleBean(KeyIndex.class)
				.hasSingleBean(ZkConfigProperties.class);
			List<ApplyStep> steps = context.getBeanProvider(ApplyStep.class).orderedStream().toList();
			assertThat(steps).extracting((step) -> (Object) step.getClass())
				.containsExactly(RebindStep.class, ValueInPlaceStep.class, RefreshScopeStep.class,
						PublishChangeEventStep.class);
			assertThat(context).getBean(RefreshScope.class).isInstanceOf(TargetedRefreshScope.class);
			assertThat(context.getBean(ChangePipeline.class).isRunning()).isTrue();
		});
	}

	@Test
	void replacesSpringCloudsRebinderWithTheTargetedOne() {
		this.withContexts.run((context) -> assertThat(context).getBean(ConfigurationPropertiesRebinder.class)
			.isInstanceOf(TargetedConfigurationPropertiesRebinder.class));
		this.runner.run((context) -> assertThat(context).getBean(ConfigurationPropertiesRebinder.class)
			.isNotInstanceOf(TargetedConfigurationPropertiesRebinder.class));
	}

	@Test
	void leavesValuesAloneWhenAskedTo() {
		this.withContexts.withPropertyValues("zkconfig.refresh.value-in-place=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ValueInPlaceStep.class));
	}

	@Test
	void runsWithoutTheGuardWhenItIsTurnedOff() {
		this.withContexts.withPropertyValues("zkconfig.guard.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(ChangePipeline.class)
				.doesNotHaveBean(ConfigGuard.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.withContexts.withPropertyValues("zkconfig.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ChangePipeline.class));
	}

	@Test
	void backsOffWithoutSpringCloudContext() {
		this.withContexts.withClassLoader(new FilteredClassLoader(RefreshScope.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ChangePipeline.class));
	}

	@Test
	void usesTheApplicationsOwnGuard() {
		this.withContexts.withUserConfiguration(CustomGuardConfiguration.class)
			.run((context) -> assertThat(context).getBean(ConfigGuard.class)
				.isSameAs(context.getBean(CustomGuardConfiguration.class).guard));
	}

	@Test
	void bindsItsProperties() {
		this.withContexts
			.withPropertyValues("zkconfig.load-timeout=5s", "zkconfig.refresh.coalesce-window=250ms",
					"zkconfig.max-value-size=64KB", "zkconfig.guard.enabled=false")
			.run((context) -> {
				ZkConfigProperties properties = context.getBean(ZkConfigProperties.class);
				assertThat(properties.getLoadTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(properties.getRefresh().getCoalesceWindow()).isEqualTo(Duration.ofMillis(250));
				assertThat(properties.getMaxValueSize()).isEqualTo(DataSize.ofKilobytes(64));
				assertThat(properties.getGuard().isEnabled()).isFalse();
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomGuardConfiguration {

		ConfigGuard guard;

		@Bean
		ConfigGuard customGuard(ConfigurableApplicationContext context, KeyIndex index,
				dev.zkconfig.guard.ConfigurationPropertiesIndex properties) {
			this.guard = new ConfigGuard(context, index, properties);
			return this.guard;
		}

	}

}
