package dev.zkconfig.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.KeyIndexRegistrar;
import dev.zkconfig.snapshot.ConfigChange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @Value} fields of singletons are updated in place, and a singleton destroyed
 * meanwhile (the context is closing) is left alone.
 */
class ValueInPlaceStepTests {

	private final Map<String, Object> properties = new HashMap<>(Map.of("greeting.message", "Hello"));

	private final KeyIndex index = new KeyIndex();

	private final ClosingBeanFactory beanFactory = new ClosingBeanFactory();

	@Test
	void updatesTheFieldOfASingletonInPlace() {
		try (GenericApplicationContext context = context()) {
			Greeting greeting = context.getBean(Greeting.class);
			this.properties.put("greeting.message", "Hi");
			ApplyRound round = round();
			new ValueInPlaceStep(this.beanFactory, this.index).apply(round);
			assertThat(greeting.message).isEqualTo("Hi");
			assertThat(round.getBeans()).containsExactly("greeting");
		}
	}

	@Test
	void leavesAloneASingletonDestroyedSinceItWasFound() {
		try (GenericApplicationContext context = context()) {
			Greeting greeting = context.getBean(Greeting.class);
			this.properties.put("greeting.message", "Hi");
			this.beanFactory.destroyed = "greeting";
			ApplyRound round = round();
			new ValueInPlaceStep(this.beanFactory, this.index).apply(round);
			assertThat(greeting.message).isEqualTo("Hello");
			assertThat(round.getBeans()).isEmpty();
		}
	}

	private GenericApplicationContext context() {
		GenericApplicationContext context = new GenericApplicationContext(this.beanFactory);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", this.properties));
		context.addBeanFactoryPostProcessor(new KeyIndexRegistrar(this.index));
		AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
		context.registerBean("greeting", Greeting.class);
		context.refresh();
		return context;
	}

	private static ApplyRound round() {
		List<ConfigChange> changes = List.of(new ConfigChange("/config/test", "greeting.message", "Hello", "Hi", 2));
		return new ApplyRound(changes, ConfigChange.keysOf(changes));
	}

	/**
	 * Finds a singleton that {@link #getSingleton(String)} no longer returns, as while it
	 * closes.
	 */
	static class ClosingBeanFactory extends DefaultListableBeanFactory {

		volatile @Nullable String destroyed;

		@Override
		public @Nullable Object getSingleton(String beanName) {
			return beanName.equals(this.destroyed) ? null : super.getSingleton(beanName);
		}

	}

	static class Greeting {

		@Value("${greeting.message}")
		String message;

	}

}
