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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which {@code @RefreshScope} beans a change concerns, for each way a bean can read a
 * key: an {@code @Value} (in any relaxed form of the key), a
 * {@code @ConfigurationProperties} bean it depends on, its own
 * {@code @ConfigurationProperties} prefix, or the keys and prefixes it is tied to.
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
			assertThat(targets.all()).containsExactlyInAnyOrder("byValue", "usesPool", "own", "tiedKey", "tiedPrefix");
			assertThat(targets.concerning(List.of("app.my-key"))).containsExactly("byValue");
			assertThat(targets.concerning(List.of("app.mykey"))).containsExactly("byValue");
			assertThat(targets.concerning(List.of("pool.size"))).containsExactlyInAnyOrder("usesPool", "tiedPrefix");
			assertThat(targets.concerning(List.of("pool"))).containsExactlyInAnyOrder("usesPool", "tiedPrefix");
			assertThat(targets.concerning(List.of("own.name"))).containsExactly("own");
			assertThat(targets.concerning(List.of("tied.key"))).containsExactly("tiedKey");
			assertThat(targets.concerning(List.of("unrelated", "tied.other"))).isEmpty();
			assertThat(targets.concerning(List.of("own.name", "app.my-key"))).containsExactlyInAnyOrder("byValue",
					"own");
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
