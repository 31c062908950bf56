package dev.zkconfig.guard;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.context.properties.ConfigurationPropertiesBeans;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which {@code @ConfigurationProperties} beans a key concerns: the beans whose prefix is
 * at, above or under it, in any relaxed form of the key, the bean bound from the root for
 * every key, and a bean created after the first lookup too.
 */
class ConfigurationPropertiesIndexTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesRebinderAutoConfiguration.class))
		.withUserConfiguration(PropertiesBeans.class);

	@Test
	void aKeyConcernsTheBeansItsPrefixIsRelatedTo() {
		this.runner.run((context) -> {
			ConfigurationPropertiesIndex index = index(context);
			assertThat(concerning(index, "app.web.port")).containsExactlyInAnyOrder("web", "root");
			assertThat(concerning(index, "App.Web.Port")).containsExactlyInAnyOrder("web", "root");
			assertThat(concerning(index, "app")).containsExactlyInAnyOrder("web", "root");
			assertThat(concerning(index, "app.web")).containsExactlyInAnyOrder("web", "root");
			assertThat(concerning(index, "app.webs")).containsExactly("root");
			assertThat(concerning(index, "pool.size")).containsExactlyInAnyOrder("pool", "root");
			assertThat(concerning(index, "other")).containsExactly("root");
			assertThat(index.concerning(ConfigurationPropertiesIndex.adapt(List.of("pool.size", "app"))))
				.containsExactlyInAnyOrder("pool", "web", "root");
		});
	}

	@Test
	void aBeanCreatedLaterIsFound() {
		this.runner.run((context) -> {
			ConfigurationPropertiesIndex index = index(context);
			assertThat(concerning(index, "late.name")).doesNotContain("late");
			context.getBean("late");
			assertThat(concerning(index, "late.name")).contains("late");
		});
	}

	private ConfigurationPropertiesIndex index(ApplicationContext context) {
		return new ConfigurationPropertiesIndex(context, context.getBean(ConfigurationPropertiesBeans.class));
	}

	private List<String> concerning(ConfigurationPropertiesIndex index, String key) {
		return index.concerning(ConfigurationPropertiesIndex.adapt(List.of(key)));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties
	static class PropertiesBeans {

		@Bean
		@ConfigurationProperties("app.web")
		Settings web() {
			return new Settings();
		}

		@Bean
		@ConfigurationProperties("pool")
		Settings pool() {
			return new Settings();
		}

		@Bean
		@ConfigurationProperties
		Settings root() {
			return new Settings();
		}

		@Bean
		@Lazy
		@ConfigurationProperties("late")
		Settings late() {
			return new Settings();
		}

	}

	public static class Settings {

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
