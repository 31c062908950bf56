package dev.zkconfig.guard;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.convert.DurationUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The properties of a class the guard cannot create afresh, each bound on its own.
 */
class PropertyBindablesTests {

	@Test
	void settersAndFilledInPlaceGettersAreBoundWithTheirFieldsAnnotations() {
		Map<String, Bindable<?>> bindables = PropertyBindables.of(Client.class);
		assertThat(bindables).containsOnlyKeys("read-timeout", "headers");
		assertThat(bindables.get("read-timeout").getType().resolve()).isEqualTo(Duration.class);
		assertThat(bindables.get("read-timeout").getAnnotation(DurationUnit.class).value())
			.isEqualTo(ChronoUnit.SECONDS);
		assertThat(bindables.get("headers").getType().resolveGenerics()).containsExactly(String.class, Integer.class);
	}

	static class Client {

		private final String origin;

		@DurationUnit(ChronoUnit.SECONDS)
		private Duration readTimeout = Duration.ofSeconds(1);

		private final Map<String, Integer> headers = new LinkedHashMap<>();

		Client(String origin) {
			this.origin = origin;
		}

		/** Only a getter, of a value the binder cannot fill in place: not bound. */
		public String getOrigin() {
			return this.origin;
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public Map<String, Integer> getHeaders() {
			return this.headers;
		}

	}

}
