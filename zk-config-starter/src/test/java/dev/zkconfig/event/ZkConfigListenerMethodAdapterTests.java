package dev.zkconfig.event;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEvent;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ZkConfigListenerMethodAdapterTests {

	@Test
	void aListenerTakesAChangeEventOneOfItsSupertypesOrNothing() {
		for (String name : new String[] { "changes", "anyEvent", "nothing" }) {
			assertThatNoException().isThrownBy(() -> adapter(name));
		}
	}

	@Test
	void aListenerThatTakesSomethingElseFailsAtStartupNamingIt() {
		assertThatIllegalStateException().isThrownBy(() -> adapter("text"))
			.withMessage("@ZkConfigListener method 'text' of " + Listeners.class.getName()
					+ " takes a java.lang.String: it must take a ZkConfigChangeEvent, or nothing");
	}

	private static ZkConfigListenerMethodAdapter adapter(String name) {
		Method method = ReflectionUtils.findMethod(Listeners.class, name, (Class<?>[]) null);
		return new ZkConfigListenerMethodAdapter("listeners", Listeners.class, method);
	}

	static class Listeners {

		@ZkConfigListener(keys = "a")
		void changes(ZkConfigChangeEvent event) {
		}

		@ZkConfigListener(keys = "a")
		void anyEvent(ApplicationEvent event) {
		}

		@ZkConfigListener(keys = "a")
		void nothing() {
		}

		@ZkConfigListener(keys = "a")
		void text(String text) {
		}

	}

}
