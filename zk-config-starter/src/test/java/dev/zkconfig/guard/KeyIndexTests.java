package dev.zkconfig.guard;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The key index learns every {@code @Value} Spring injects, wherever it is declared, with
 * the keys its placeholders read and the type it converts to.
 */
class KeyIndexTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer((context) -> context.addBeanFactoryPostProcessor(new KeyIndexRegistrar(INDEX.get())))
		.withPropertyValues("a.field=1", "a.setter=2", "a.constructor=x,y", "a.factory=4", "b=fallback");

	private static final ThreadLocal<KeyIndex> INDEX = ThreadLocal.withInitial(KeyIndex::new);

	@Test
	void recordsFieldsSettersConstructorAndFactoryMethodParameters() {
		KeyIndex index = new KeyIndex();
		INDEX.set(index);
		this.runner.withUserConfiguration(Injected.class, Factory.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(index.getAll()).extracting(ValueInjection::getExpression, ValueInjection::getBeanNames)
				.containsExactlyInAnyOrder(tuple("${a.field}", java.util.Set.of("keyIndexTests.Injected")),
						tuple("${a.setter}", java.util.Set.of("keyIndexTests.Injected")),
						tuple("${a.constructor}", java.util.Set.of("keyIndexTests.Injected")),
						tuple("${a.factory:${b}}", java.util.Set.of("made")));
			assertThat(index.reading(List.of("a.setter"))).singleElement()
				.satisfies((injection) -> assertThat(injection.getType().getType()).isEqualTo(long.class));
			assertThat(index.reading(List.of("b"))).singleElement()
				.satisfies((injection) -> assertThat(injection.getMember()).contains("method 'made'"));
			assertThat(index.reading(List.of("a.constructor"))).singleElement()
				.satisfies((injection) -> assertThat(injection.getMember()).startsWith("constructor parameter"));
			assertThat(index.of("keyIndexTests.Injected")).extracting(ValueInjection::getExpression)
				.containsExactlyInAnyOrder("${a.field}", "${a.setter}", "${a.constructor}");
			assertThat(index.of("made")).extracting(ValueInjection::getExpression).containsExactly("${a.factory:${b}}");
			assertThat(index.of("unknown")).isEmpty();
		});
	}

	@Test
	void theTypeToConvertToKeepsTheInjectionPointsAnnotationsButValue() {
		KeyIndex index = new KeyIndex();
		INDEX.set(index);
		this.runner.withUserConfiguration(Annotated.class)
			.withInitializer((context) -> context.getBeanFactory()
				.setConversionService(ApplicationConversionService.getSharedInstance()))
			.withPropertyValues("a.timeout=5")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(index.reading(List.of("a.timeout"))).singleElement().satisfies((injection) -> {
					assertThat(injection.getType().getAnnotations()).extracting(Annotation::annotationType)
						.containsExactly(DurationUnit.class);
					assertThat(ApplicationConversionService.getSharedInstance().convert("5", injection.getType()))
						.isEqualTo(Duration.ofSeconds(5));
				});
			});
	}

	@Test
	void keysOfAnExpressionIncludeNestedDefaults() {
		assertThat(KeyIndex.keysOf("${a:${b:${c}}} and ${d}")).containsExactly("a", "b", "c", "d");
		assertThat(KeyIndex.keysOf("no placeholder")).isEmpty();
	}

	@Configuration(proxyBeanMethods = false)
	static class Injected {

		@Value("${a.field}")
		int field;

		long setter;

		final List<String> constructor;

		Injected(@Value("${a.constructor}") List<String> constructor) {
			this.constructor = constructor;
		}

		@Autowired
		void setSetter(@Value("${a.setter}") long setter) {
			this.setter = setter;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Annotated {

		@Value("${a.timeout}")
		@DurationUnit(ChronoUnit.SECONDS)
		Duration timeout;

	}

	@Configuration(proxyBeanMethods = false)
	static class Factory {

		@Bean
		Integer made(@Value("${a.factory:${b}}") int value) {
			return value;
		}

	}

}
