package dev.zkconfig.apply;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which keys the placeholders in a class's annotations read.
 */
class AnnotationPlaceholdersTests {

	@Test
	void readsThePlaceholdersOfEveryAnnotationOfTheClassAndItsMethods() {
		assertThat(AnnotationPlaceholders.of(Jobs.class)).containsExactlyInAnyOrder(name("job.cron"),
				name("poll.delay"), name("poll.default-delay"), name("inherited.rate"));
	}

	@Test
	void leavesValueAnnotationsAndPlainTextAlone() {
		assertThat(AnnotationPlaceholders.of(Plain.class)).isEmpty();
	}

	private static ConfigurationPropertyName name(String key) {
		return ConfigurationPropertyName.of(key);
	}

	static class Base {

		@Scheduled(fixedRateString = "${inherited.rate}")
		void inherited() {
		}

	}

	static class Jobs extends Base {

		@Scheduled(cron = "${job.cron}")
		@Scheduled(fixedDelayString = "${poll.delay:${poll.default-delay}}")
		void run() {
		}

	}

	static class Plain {

		@Value("${only.value}")
		void setValue(String value) {
		}

		@Scheduled(cron = "0 0 * * * *")
		void hourly() {
		}

	}

}
