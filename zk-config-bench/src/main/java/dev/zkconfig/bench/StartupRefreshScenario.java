package dev.zkconfig.bench;

import java.time.Duration;

import dev.zkconfig.bench.BenchApplication.RefreshCounter;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Refreshes caused by startup alone: the application starts on a tree of {@code keys}
 * keys, nothing is written, and every {@code @RefreshScope} refresh from startup to the
 * end of an observation window of {@code windowSeconds} is counted, with the CPU time the
 * process spent in that window. The stock starter's storm may outlast the window; the
 * count is then capped by it, and {@code stillRefreshing} says so.
 */
final class StartupRefreshScenario {

	private StartupRefreshScenario() {
	}

	static Result run(Contender contender, Params params) throws Exception {
		int keys = params.intValue("keys");
		Duration window = Duration.ofSeconds(params.intValue("windowSeconds"));
		try (BenchZooKeeper zk = new BenchZooKeeper()) {
			zk.createTree(keys);
			try (Target target = Target.open(contender, zk, keys, false)) {
				ConfigurableApplicationContext context = target.context();
				RefreshCounter counter = context.getBean(RefreshCounter.class);
				Cpu cpu = Cpu.start();
				Thread.sleep(window.toMillis());
				double cpuMillis = cpu.othersMillis();
				long refreshes = counter.scopeRefreshes();
				boolean stillRefreshing = !counter.awaitQuiet(Duration.ofMillis(1000), Duration.ZERO);
				return new Result().put("keys", keys)
					.put("windowSeconds", window.toSeconds())
					.put("refreshes", refreshes)
					.put("environmentChanges", counter.environmentChanges())
					.put("cpuInWindowMs", cpuMillis)
					.put("stillRefreshing", stillRefreshing);
			}
		}
	}

}
