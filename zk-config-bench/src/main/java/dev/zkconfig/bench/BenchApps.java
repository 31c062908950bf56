package dev.zkconfig.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts {@link BenchApplication} with one of the two starters, the same way for every
 * contender: only {@code zkconfig.enabled} differs, {@code zkconfig.guard.enabled=false}
 * for zk-config without its guard, and {@code zkconfig.refresh.mode=all} for zk-config
 * refreshing every {@code @RefreshScope} bean.
 */
final class BenchApps {

	/**
	 * Where zk-config writes its local snapshots in the benchmark, away from the user's
	 * home.
	 */
	private static final String SNAPSHOTS = Path.of(System.getProperty("java.io.tmpdir"), "zk-config-bench-snapshots")
		.toString();

	private BenchApps() {
	}

	static ConfigurableApplicationContext start(Contender contender, String connectString, String... extra) {
		return start(BenchApplication.class, contender, connectString, extra);
	}

	/**
	 * Start another application, such as {@link TargetedRefreshApplication}, the same
	 * way.
	 */
	static ConfigurableApplicationContext start(Class<?> application, Contender contender, String connectString,
			String... extra) {
		if (contender == Contender.FLOOR) {
			throw new IllegalArgumentException("The floor has no application");
		}
		List<String> properties = new ArrayList<>(List.of("spring.application.name=" + BenchZooKeeper.APPLICATION,
				"spring.config.import=zookeeper:", "spring.cloud.zookeeper.connect-string=" + connectString,
				"zkconfig.enabled=" + contender.isZkConfig(), "zkconfig.snapshot.directory=" + SNAPSHOTS,
				"logging.level.root=WARN"));
		if (contender == Contender.OURS_GUARD_OFF) {
			properties.add("zkconfig.guard.enabled=false");
		}
		if (contender == Contender.OURS_REFRESH_ALL) {
			properties.add("zkconfig.refresh.mode=all");
		}
		properties.addAll(List.of(extra));
		try (StartWatchdog watchdog = StartWatchdog.watch(contender.id() + " " + application.getSimpleName())) {
			return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.properties(properties.toArray(String[]::new))
				.run();
		}
	}

	/**
	 * The extra property that keeps the stock watcher's startup storm out of a scenario.
	 */
	static String settleStockWatcher(Contender contender, int keys) {
		return (contender == Contender.STOCK) ? "bench.settle-stock-watcher=" + BenchZooKeeper.nodeCount(keys)
				: "bench.no-settle=true";
	}

}
