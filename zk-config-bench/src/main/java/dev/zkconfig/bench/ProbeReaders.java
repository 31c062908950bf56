package dev.zkconfig.bench;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.zkconfig.guard.ConfigurationPropertiesIndex;
import dev.zkconfig.guard.KeyIndex;
import dev.zkconfig.guard.ValueInjection;

import org.springframework.context.ApplicationContext;

/**
 * The beans a change of {@link BenchApplication#PROBE_KEY} concerns, as zk-config's own
 * indexes see them: the beans its {@code @Value} injections go into, and the
 * {@code @ConfigurationProperties} beans whose prefix covers it. These are what the guard
 * checks for such a change, so the propagation rows state how many there were.
 */
final class ProbeReaders {

	private ProbeReaders() {
	}

	/**
	 * Return the names of the beans that read the probe key.
	 * @param context a running application with zk-config
	 * @return the bean names, sorted; an injection point whose bean is unknown stands for
	 * one bean
	 */
	static Set<String> of(ApplicationContext context) {
		List<String> keys = List.of(BenchApplication.PROBE_KEY);
		Set<String> beans = new TreeSet<>();
		for (ValueInjection injection : context.getBean(KeyIndex.class).reading(keys)) {
			Set<String> names = injection.getBeanNames();
			if (names.isEmpty()) {
				beans.add(injection.getMember());
			}
			beans.addAll(names);
		}
		beans.addAll(context.getBean(ConfigurationPropertiesIndex.class)
			.concerning(ConfigurationPropertiesIndex.adapt(keys)));
		return beans;
	}

}
