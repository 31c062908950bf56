package dev.zkconfig.bench;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.LongSupplier;

import dev.zkconfig.bench.BenchApplication.RefreshCounter;
import org.apache.curator.framework.recipes.cache.ChildData;
import org.apache.curator.framework.recipes.cache.CuratorCache;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a scenario observes, whoever is measured: the value of a key as the application
 * sees it, and the number of refreshes so far.
 *
 * @param valueOf the value of a key (through the {@code @RefreshScope} bean for
 * {@link BenchApplication#PROBE_KEY}, through the {@code Environment} for the others)
 * @param refreshes the refreshes so far ({@code @RefreshScope} refreshes; none for the
 * floor)
 */
record Observer(Function<String, String> valueOf, LongSupplier refreshes) {

	static Observer of(ConfigurableApplicationContext context) {
		BenchApplication.Probe bean = context.getBean(BenchApplication.Probe.class);
		RefreshCounter counter = context.getBean(RefreshCounter.class);
		return new Observer((key) -> BenchApplication.PROBE_KEY.equals(key) ? bean.getValue()
				: context.getEnvironment().getProperty(key), counter::scopeRefreshes);
	}

	static Observer of(CuratorCache cache) {
		return new Observer((key) -> cache.get(BenchZooKeeper.CONTEXT + "/" + key.replace('.', '/'))
			.map(ChildData::getData)
			.map((data) -> new String(data, StandardCharsets.UTF_8))
			.orElse(null), () -> 0);
	}

}
