package dev.zkconfig.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.zkconfig.bench.TargetedRefreshApplication.Reader;
import dev.zkconfig.localfile.SnapshotFileWriter;
import org.apache.curator.framework.api.transaction.CuratorOp;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ReflectionUtils;

/**
 * One key changed in an application with fifty {@code @RefreshScope} beans and two
 * hundred {@code @Value} fields in singletons ({@link TargetedRefreshApplication}), on a
 * tree that also holds {@code keys} other keys. Changes alternate between two keys:
 * <ul>
 * <li>{@code readers.r17}, read by the {@code @RefreshScope} bean {@code reader17} only:
 * the time from just before {@code setData} until that bean, called through its scoped
 * proxy as the application calls it, returns the new value;</li>
 * <li>{@code values.v117}, read by one {@code @Value} field of a singleton only: the time
 * until the field holds the new value (the stock starter never updates it, so it is not
 * measured there).</li>
 * </ul>
 * The floor is a bare {@code CuratorCache} holding the new value of the same znode.
 * <p>
 * CPU per change is the CPU time of every thread of the process from just before
 * {@code setData} until the round has completed (zk-config's change event, the stock
 * refresh's scope event) and zk-config has written its local snapshot file, plus, on the
 * measuring thread, the call that saw the new value (with {@code mode=all} and the stock
 * starter the bean is created in that call) and one call to each of the fifty beans after
 * the change, as an application in use makes: a refresh that destroyed beans pays for
 * their creation there. The constructions of readers per change are counted too. A
 * measured change comes {@code gapMillis} after the previous round has completed, so each
 * is isolated ({@link ChangeGap}).
 */
final class TargetedRefreshScenario {

	/** The {@code @RefreshScope} bean whose key changes. */
	static final int READER = 17;

	/** The {@code @Value} field whose key changes. */
	static final int VALUE_FIELD = 117;

	private static final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private TargetedRefreshScenario() {
	}

	static Result run(Contender contender, Params params) throws Exception {
		int keys = params.intValue("keys");
		int warmup = params.intValue("warmup");
		int changes = params.intValue("changes");
		Duration gap = Duration.ofMillis(params.intValue("gapMillis"));
		TargetedRefreshSamples samples = new TargetedRefreshSamples();
		try (BenchZooKeeper zk = new BenchZooKeeper()) {
			zk.createTree(keys);
			createReadersAndValues(zk);
			try (Subject subject = Subject.open(contender, zk, keys)) {
				for (int i = 0; i < warmup + changes; i++) {
					boolean measured = i >= warmup;
					boolean valueToo = subject.value() != null;
					change(subject, zk, readerPath(READER), "r-" + i, subject.bean(), 1,
							measured ? samples.bean() : null);
					ChangeGap.before(valueToo ? i : i + 1, warmup, gap);
					if (valueToo) {
						change(subject, zk, valuePath(VALUE_FIELD), "v-" + i, subject.value(), 0,
								measured ? samples.value() : null);
						ChangeGap.before(i + 1, warmup, gap);
					}
				}
			}
		}
		return samples.toResult(keys);
	}

	/**
	 * Make one change and measure it, into {@code samples} unless it is a warm-up change.
	 * With targeted refresh the change must construct exactly
	 * {@code expectedConstructions} readers (the changed bean, or none for a
	 * {@code @Value} key), or the run fails.
	 */
	private static void change(Subject subject, BenchZooKeeper zk, String path, String newValue,
			Supplier<String> observed, int expectedConstructions, TargetedRefreshSamples.OfKey samples)
			throws InterruptedException {
		long roundsBefore = subject.rounds().getAsLong();
		long constructionsBefore = Reader.constructions();
		Cpu cpu = Cpu.start();
		long[] lastCallCpu = { 0 };
		long start = System.nanoTime();
		zk.set(path, newValue);
		long seen = Poller.until(() -> {
			long before = threads.getCurrentThreadCpuTime();
			boolean holds = newValue.equals(observed.get());
			lastCallCpu[0] = threads.getCurrentThreadCpuTime() - before;
			return holds;
		}, Duration.ofSeconds(60));
		if (seen < 0) {
			throw new IllegalStateException("The change of " + path + " to " + newValue + " was not seen within 60s");
		}
		if (Poller.until(() -> subject.rounds().getAsLong() > roundsBefore && subject.filesWritten().getAsBoolean(),
				Duration.ofSeconds(60)) < 0) {
			throw new IllegalStateException("The change of " + path + " completed no refresh round");
		}
		double othersMillis = cpu.othersMillis();
		long useStart = threads.getCurrentThreadCpuTime();
		subject.useEveryReader();
		long useCpu = threads.getCurrentThreadCpuTime() - useStart;
		long constructions = Reader.constructions() - constructionsBefore;
		if (subject.targeted() && constructions != expectedConstructions) {
			throw new IllegalStateException("A targeted change of " + path + " should construct "
					+ expectedConstructions + " reader(s), not " + constructions);
		}
		if (samples != null) {
			samples.add((seen - start) / 1e6, othersMillis + (lastCallCpu[0] + useCpu) / 1e6, constructions);
		}
	}

	/** The fifty reader keys and two hundred value keys, in one transaction. */
	private static void createReadersAndValues(BenchZooKeeper zk) throws Exception {
		List<CuratorOp> ops = new ArrayList<>();
		ops.add(zk.client().transactionOp().create().forPath(BenchZooKeeper.CONTEXT + "/readers"));
		ops.add(zk.client().transactionOp().create().forPath(BenchZooKeeper.CONTEXT + "/values"));
		for (int i = 0; i < TargetedRefreshApplication.READERS; i++) {
			ops.add(zk.client().transactionOp().create().forPath(readerPath(i), BenchZooKeeper.bytes("r" + i)));
		}
		for (int i = 0; i < TargetedRefreshApplication.VALUE_FIELDS; i++) {
			ops.add(zk.client().transactionOp().create().forPath(valuePath(i), BenchZooKeeper.bytes("v" + i)));
		}
		zk.client().transaction().forOperations(ops);
	}

	/**
	 * Number of znodes of the scenario's tree: the benchmark tree, two parents and their
	 * keys.
	 */
	static int nodeCount(int keys) {
		return BenchZooKeeper.nodeCount(keys) + 2 + TargetedRefreshApplication.READERS
				+ TargetedRefreshApplication.VALUE_FIELDS;
	}

	static String readerPath(int index) {
		return BenchZooKeeper.CONTEXT + "/readers/r" + index;
	}

	static String valuePath(int index) {
		return BenchZooKeeper.CONTEXT + "/values/v" + index;
	}

	/**
	 * The contender as the scenario sees it: the changed bean and field (or the floor's
	 * cache), the completed rounds, and the fifty readers to use.
	 */
	private static final class Subject implements AutoCloseable {

		private final AutoCloseable resource;

		private final Supplier<String> bean;

		private final Supplier<String> value;

		private final LongSupplier rounds;

		private final List<Reader> readers;

		private final boolean targeted;

		private final BooleanSupplier filesWritten;

		private Subject(AutoCloseable resource, Supplier<String> bean, Supplier<String> value, LongSupplier rounds,
				List<Reader> readers, boolean targeted, BooleanSupplier filesWritten) {
			this.resource = resource;
			this.bean = bean;
			this.value = value;
			this.rounds = rounds;
			this.readers = readers;
			this.targeted = targeted;
			this.filesWritten = filesWritten;
		}

		static Subject open(Contender contender, BenchZooKeeper zk, int keys) throws Exception {
			if (contender == Contender.FLOOR) {
				Target floor = Target.open(contender, zk, keys, false);
				Observer observer = floor.observer();
				return new Subject(floor, () -> observer.valueOf().apply("readers.r" + READER),
						() -> observer.valueOf().apply("values.v" + VALUE_FIELD), new AtomicLong()::incrementAndGet,
						List.of(), false, () -> true);
			}
			String settle = (contender == Contender.STOCK) ? "bench.settle-stock-watcher=" + nodeCount(keys)
					: "bench.no-settle=true";
			ConfigurableApplicationContext context = BenchApps.start(TargetedRefreshApplication.class, contender,
					zk.connectString(), settle);
			context.getBean(BenchApplication.RefreshCounter.class)
				.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(30));
			List<Reader> readers = new ArrayList<>();
			for (int i = 0; i < TargetedRefreshApplication.READERS; i++) {
				readers.add(context.getBean("reader" + i, Reader.class));
			}
			Reader reader = readers.get(READER);
			// every reader exists before the first change, as in an application in use
			readers.forEach(Reader::value);
			Supplier<String> value = null;
			if (contender.isZkConfig()) {
				Object holder = context.getBean("valueFields" + (VALUE_FIELD / 50));
				Field field = ReflectionUtils.findField(holder.getClass(), "v" + VALUE_FIELD);
				ReflectionUtils.makeAccessible(field);
				value = () -> (String) ReflectionUtils.getField(field, holder);
			}
			LongSupplier rounds = contender.isZkConfig()
					? context.getBean(TargetedRefreshApplication.RoundCounter.class)::rounds
					: context.getBean(BenchApplication.RefreshCounter.class)::scopeRefreshes;
			SnapshotFileWriter writer = context.getBeanProvider(SnapshotFileWriter.class).getIfAvailable();
			BooleanSupplier filesWritten = (writer != null) ? writer::isIdle : () -> true;
			return new Subject(context, reader::value, value, rounds, readers, contender == Contender.OURS,
					filesWritten);
		}

		Supplier<String> bean() {
			return this.bean;
		}

		/**
		 * The changed {@code @Value} field, {@code null} where it is not updated (the
		 * stock starter).
		 */
		Supplier<String> value() {
			return this.value;
		}

		/**
		 * Completed rounds; for the floor, which has none, every call counts one more.
		 */
		LongSupplier rounds() {
			return this.rounds;
		}

		/**
		 * Whether zk-config has written the local snapshot files of what it accepted (off
		 * the path to the beans).
		 */
		BooleanSupplier filesWritten() {
			return this.filesWritten;
		}

		/**
		 * Whether this is zk-config with targeted refresh, whose constructions are
		 * checked.
		 */
		boolean targeted() {
			return this.targeted;
		}

		void useEveryReader() {
			for (Reader reader : this.readers) {
				reader.value();
			}
		}

		@Override
		public void close() throws Exception {
			this.resource.close();
		}

	}

}
