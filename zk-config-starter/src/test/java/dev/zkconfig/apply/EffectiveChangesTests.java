package dev.zkconfig.apply;

import java.util.List;
import java.util.Map;

import dev.zkconfig.snapshot.ConfigChange;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which accepted changes a source of higher precedence hides, in sources other than
 * ZooKeeper contexts (the integration tests cover contexts), and which keys refer to
 * them.
 */
class EffectiveChangesTests {

	private final StandardEnvironment environment = new StandardEnvironment();

	private final ConfigChange change = new ConfigChange("/config/app", "my-app.host", "h1", "h2", 7);

	@Test
	void aChangeIsHiddenByAnySourceAboveItsContextHoldingItsKeyInAnyRelaxedForm() {
		this.environment.getPropertySources().addFirst(new MapPropertySource("above", Map.of("myApp.host", "fixed")));
		ConfigurationPropertySources.attach(this.environment);
		assertThat(new EffectiveChanges(this.environment).visible(List.of(this.change))).isEmpty();
	}

	@Test
	void aSourceThatFailsToSayWhetherItHoldsAKeyHidesNothing() {
		this.environment.getPropertySources().addFirst(new FailingPropertySource());
		ConfigurationPropertySources.attach(this.environment);
		assertThat(new EffectiveChanges(this.environment).visible(List.of(this.change))).containsExactly(this.change);
	}

	@Test
	void theKeysOfAChangeAreFollowedByThoseReferringToThem() {
		this.environment.getPropertySources()
			.addLast(new MapPropertySource("below", Map.of("url", "https://${my-app.host}/api")));
		this.environment.getPropertySources().addLast(new FailingPropertySource());
		assertThat(new EffectiveChanges(this.environment).keys(List.of(this.change))).containsExactly("my-app.host",
				"url");
	}

	/**
	 * A source of the application's own that lists the changed key, and fails to read it.
	 */
	static final class FailingPropertySource extends MapPropertySource {

		FailingPropertySource() {
			super("failing", Map.of("my-app.host", "x"));
		}

		@Override
		public Object getProperty(String name) {
			throw new IllegalStateException("unavailable");
		}

	}

}
