package dev.zkconfig.apply;

import java.util.List;

import dev.zkconfig.guard.ConfigurationPropertiesIndex;
import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.KeyIndexRegistrar;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.cloud.context.properties.ConfigurationPropertiesBeans;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which {@code @RefreshScope} beans a change concerns, for each way a bean can read a
 * key: an {@code @Value} (in any relaxed form of the key), a
 * {@code @ConfigurationProperties} bean it depends on, its own
 * {@code @ConfigurationProperties} prefix, the keys and prefixes it is tied to, or the
 * {@code Environment} it reads itself, which every change concerns.
 */
class RefreshTargetsTests {

	private final KeyIndex index = new KeyIndex();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer((context) -> context.addBeanFactoryPostProcessor(new KeyIndexRegistrar(this.index)))
		.withConfiguration(AutoConfigurations.of(RefreshAutoConfiguration.class,
				ConfigurationPropertiesRebinderAutoConfiguration.class))
		.withUserConfiguration(Readers.class)
		.withPropertyValues("app.my-key=a", "pool.size=1", "own.name=o", "tied.key=t");

	@Test
	void aChangeConcernsTheBeansThatReadItsKeyInWhicheverWay() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			RefreshTargets targets = targets(context);
			assertThat(targets.all()).containsExactly("byValue", "usesPool", "own", "tiedKey", "tiedPrefix",
					"readsEnvironment", "environmentAware", "later");
			assertThat(targets.concerning(List.of("app.my-key"))).containsExactly("byValue", "readsEnvironment",
					"environmentAware");
			assertThat(targets.concerning(List.of("app.mykey"))).containsExactly("byValue", "readsEnvironment",
					"environmentAware");
			assertThat(targets.concerning(List.of("pool.size"))).containsExactly("usesPool", "tiedPrefix",
					"readsEnvironment", "environmentAware");
			assertThat(targets.concerning(List.of("pool"))).containsExactly("usesPool", "tiedPrefix",
					"readsEnvironment", "environmentAware");
			assertThat(targets.concerning(List.of("own.name"))).containsExactly("own", "readsEnvironment",
					"environmentAware");
			assertThat(targets.concerning(List.of("tied.key"))).containsExactly("tiedKey", "readsEnvironment",
					"environmentAware");
			assertThat(targets.concerning(List.of("unrelated", "tied.other"))).containsExactly("readsEnvironment",
					"environmentAware");
			assertThat(targets.concerning(List.of("own.name", "app.my-key"))).containsExactly("byValue", "own",
					"readsEnvironment", "environmentAware");
		});
	}

	@Test
	void aBeanCreatedAfterTheFirstChangeIsFoundByTheKeysItReads() {
		this.runner.run((context) -> {
			RefreshTargets targets = targets(context);
			assertThat(targets.concerning(List.of("late.key"))).doesNotContain("later");
			context.getBean("later", Holder.class).value();
			assertThat(targets.concerning(List.of("late.key"))).contains("later");
			assertThat(targets.concerning(List.of("app.my-key"))).doesNotContain("later");
		});
	}

	/**
	 * Every bean exists, so that its dependencies are known, as in an application in use.
	 */
	private RefreshTargets targets(ConfigurableApplicationContext context) {
		context.getBean("byValue", Holder.class).value();
		context.getBean("usesPool", Holder.class).value();
		context.getBean("own", Own.class).getName();
		context.getBean("tiedKey", Holder.class).value();
		context.getBean("tiedPrefix", Holder.class).value();
		context.getBean("readsEnvironment", Holder.class).value();
		context.getBean("environmentAware", AwareHolder.class).value();
		return new RefreshTargets(context.getBeanFactory(), this.index,
				new ConfigurationPropertiesIndex(context, context.getBean(ConfigurationPropertiesBeans.class)));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TargetedRefreshIntegrationTests.Pool.class)
	static class Readers {

		@Bean
		@RefreshScope
		Holder byValue(@Value("${app.my-key}") String value) {
			return new Holder(value);
		}

		@Bean
		@RefreshScope
		Holder usesPool(TargetedRefreshIntegrationTests.Pool pool) {
			return new Holder(String.valueOf(pool.getSize()));
		}

		@Bean
		@RefreshScope
		@ConfigurationProperties("own")
		Own own() {
			return new Own();
		}

		@Bean
		@RefreshScope
		@ZkConfigRefresh(keys = "tied.key")
		Holder tiedKey(Environment environment) {
			return new Holder(environment.getProperty("tied.key"));
		}

		@Bean
		@RefreshScope
		@ZkConfigRefresh(prefixes = "pool")
		Holder tiedPrefix(Environment environment) {
			return new Holder(environment.getProperty("pool.size"));
		}

		@Bean
		@RefreshScope
		Holder readsEnvironment(Environment environment) {
			return new Holder(environment.getProperty("app.my-key"));
		}

		@Bean
		@RefreshScope
		AwareHolder environmentAware() {
			return new AwareHolder();
		}

		/**
		 * Lazy: the refresh scope creates its other beans once the context is refreshed.
		 */
		@Bean
		@Lazy
		@RefreshScope
		Holder later(@Value("${late.key:none}") String value) {
			return new Holder(value);
		}

	}

	public static class AwareHolder implements EnvironmentAware {

		private String value = "";

		@Override
		public void setEnvironment(Environment environment) {
			this.value = String.valueOf(environment.getProperty("app.my-key"));
		}

		public String value() {
			return this.value;
		}

	}

	public static class Holder {

		private final String value;

		public Holder(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	public static class Own {

		/** A name. */
		private String name = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

}
