package dev.zkconfig.bench;

import java.time.Duration;

import dev.zkconfig.bench.BenchApplication.RefreshCounter;

/**
 * A burst of {@code writes} synchronous writes, one after the other as fast as the server
 * acknowledges them, to distinct keys of a tree of {@code keys} keys; the last write is
 * the probe key. Measures the refreshes the burst caused, and the time from the last
 * write's acknowledgement until every written key shows its final value (the probe
 * through the {@code @RefreshScope} bean, the others through the {@code Environment}).
 * Observation stops after {@code capSeconds}; a contender that has not caught up by then
 * reports {@code allVisible=false} and the refreshes counted so far.
 */
final class BurstScenario {

	private BurstScenario() {
	}

	static Result run(Contender contender, Params params) throws Exception {
		int keys = params.intValue("keys");
		int writes = params.intValue("writes");
		Duration cap = Duration.ofSeconds(params.intValue("capSeconds"));
		try (BenchZooKeeper zk = new BenchZooKeeper()) {
			zk.createTree(keys);
			try (Target target = Target.open(contender, zk, keys, true)) {
				target.awaitIdle(Duration.ofMillis(500), Duration.ofSeconds(30));
				Observer observer = target.observer();
				long refreshesBefore = observer.refreshes().getAsLong();
				RefreshCounter counter = (target.context() != null) ? target.context().getBean(RefreshCounter.class)
						: null;
				long requestsBefore = (counter != null) ? counter.refreshRequests() : 0;
				Cpu cpu = Cpu.start();
				long first = System.nanoTime();
				for (int i = 0; i < writes - 1; i++) {
					zk.set(BenchZooKeeper.keyPath(i % keys), BenchZooKeeper.value(i, "burst"));
				}
				zk.set(BenchZooKeeper.PROBE_PATH, "burst-final");
				long lastAck = System.nanoTime();
				int[] checked = { 0 };
				long visible = Poller.until(() -> allVisible(observer, writes, keys, checked), cap);
				long refreshesAtVisible = observer.refreshes().getAsLong() - refreshesBefore;
				long deadline = lastAck + cap.toNanos();
				if (visible > 0 && counter != null) {
					// the stock starter runs one full refresh per node event: wait for
					// the last of them
					Poller.until(() -> counter.scopeRefreshes() - refreshesBefore >= counter.refreshRequests()
							- requestsBefore, Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0)));
				}
				if (visible > 0) {
					target.awaitIdle(Duration.ofMillis(500),
							Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0)));
				}
				boolean settled = counter == null
						|| counter.scopeRefreshes() - refreshesBefore >= counter.refreshRequests() - requestsBefore;
				double cpuMillis = cpu.othersMillis();
				long refreshes = observer.refreshes().getAsLong() - refreshesBefore;
				return new Result().put("keys", keys)
					.put("writes", writes)
					.put("writeMs", (lastAck - first) / 1e6)
					.put("allVisible", visible > 0)
					.put("settled", settled)
					.put("visibleAfterLastAckMs", (visible > 0) ? (visible - lastAck) / 1e6 : (double) cap.toMillis())
					.put("refreshes", refreshes)
					.put("refreshesWhenVisible", refreshesAtVisible)
					.put("cpuMs", cpuMillis)
					.put("capSeconds", cap.toSeconds());
			}
		}
	}

	/**
	 * Checks keys in write order, remembering how far all were final: a final value
	 * stays.
	 */
	private static boolean allVisible(Observer observer, int writes, int keys, int[] checked) {
		if (!"burst-final".equals(observer.valueOf().apply(BenchApplication.PROBE_KEY))) {
			return false;
		}
		int last = Math.min(writes - 1, keys);
		while (checked[0] < last) {
			int index = checked[0];
			int finalWrite = index + ((writes - 2 - index) / keys) * keys;
			String expected = BenchZooKeeper.value(finalWrite, "burst");
			if (!expected.equals(observer.valueOf().apply(BenchZooKeeper.key(index)))) {
				return false;
			}
			checked[0]++;
		}
		return true;
	}

}
