package dev.zkconfig.sample.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConfigKeysTests {

	@ParameterizedTest
	@ValueSource(strings = { "greeting", "greeting.message", "demo.api-token", "a_b.c-d.E9" })
	void acceptsDottedKeysOfLettersDigitsDashesAndUnderscores(String key) {
		assertThatCode(() -> ConfigKeys.validate(key)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "..", "a..b", ".a", "a.", "a/b", "/a", "a b", "a:b", "é", "a[0]" })
	void rejectsKeysThatAreNotDottedNames(String key) {
		assertThatExceptionOfType(InvalidConfigException.class).isThrownBy(() -> ConfigKeys.validate(key))
			.withMessageContaining("'" + key + "'")
			.satisfies((ex) -> assertThat(ex.getTitle()).isEqualTo("Invalid key"));
	}

	@Test
	void rejectsAnEmptyOrTooLongKey() {
		assertThatExceptionOfType(InvalidConfigException.class).isThrownBy(() -> ConfigKeys.validate(""))
			.withMessageContaining("The key is empty");
		assertThatExceptionOfType(InvalidConfigException.class)
			.isThrownBy(() -> ConfigKeys.validate("a".repeat(ConfigKeys.MAX_LENGTH + 1)))
			.withMessageContaining("longer than " + ConfigKeys.MAX_LENGTH);
	}

}
