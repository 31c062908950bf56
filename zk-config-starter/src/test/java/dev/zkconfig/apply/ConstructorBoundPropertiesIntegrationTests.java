package dev.zkconfig.apply;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.guard.Rejection;
import dev.zkconfig.guard.Rejections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A {@code @ConfigurationProperties} record, which Spring Boot binds once through its
 * constructor: changes under its prefix are checked against it and applied to the
 * {@code Environment}, the record keeps its values, and a warning says so once.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConstructorBoundPropertiesIntegrationTests {

	private static final String WARNING = "is bound through its constructor";

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void changesUnderARecordsPrefixAreAppliedWhileTheRecordKeepsItsValues(CapturedOutput output) {
		zk.set("/config/records/store/name", "a");
		zk.set("/config/records/store/size", "1");
		zk.set("/config/records/settings/size", "1");
		try (ConfigurableApplicationContext context = zk.run(RecordApp.class, "records")) {
			Store store = context.getBean(Store.class);
			Settings settings = context.getBean(Settings.class);
			zk.set("/config/records/store/name", "b");
			zk.set("/config/records/settings/size", "2");
			await().until(settings::getSize, (size) -> size == 2);
			assertThat(context.getEnvironment().getProperty("store.name")).isEqualTo("b");
			assertThat(context.getBean(Store.class)).isSameAs(store).isEqualTo(new Store("a", 1));
			zk.set("/config/records/store/name", "c");
			await().until(() -> context.getEnvironment().getProperty("store.name"), "c"::equals);
			await().until(() -> output.getOut().contains(WARNING));
			assertThat(output.getOut().split(WARNING, -1)).hasSize(2);
			assertThat(output.getOut()).contains(
					"@ConfigurationProperties bean 'store-" + Store.class.getName() + "' (prefix 'store') " + WARNING);
			assertThat(output.getOut()).doesNotContain("Failed to apply");
			assertThat(context.getBean(Rejections.class).getStanding()).isEmpty();
		}
	}

	@Test
	void aValueTheRecordCannotBindIsRejected() {
		zk.set("/config/rejecting/store/name", "a");
		zk.set("/config/rejecting/store/size", "1");
		try (ConfigurableApplicationContext context = zk.run(RecordApp.class, "rejecting")) {
			zk.set("/config/rejecting/store/size", "many");
			Rejections rejections = context.getBean(Rejections.class);
			await().until(rejections::getStanding, (standing) -> !standing.isEmpty());
			assertThat(rejections.getStanding()).extracting(Rejection::key).containsExactly("store.size");
			assertThat(rejections.getStanding().get(0).reason()).contains("cannot be converted to int");
			assertThat(context.getEnvironment().getProperty("store.size")).isEqualTo("1");
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableConfigurationProperties({ Store.class, Settings.class })
	static class RecordApp {

	}

	/**
	 * Bound through its constructor.
	 *
	 * @param name a name
	 * @param size a size
	 */
	@ConfigurationProperties("store")
	public record Store(String name, int size) {
	}

	/** Bound through its setters. */
	@ConfigurationProperties("settings")
	public static class Settings {

		private int size;

		public int getSize() {
			return this.size;
		}

		public void setSize(int size) {
			this.size = size;
		}

	}

}
