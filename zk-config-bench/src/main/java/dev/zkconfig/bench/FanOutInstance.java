package dev.zkconfig.bench;

/**
 * One instance of an application in the fan-out scenario: a ZooKeeper session of its own
 * that watches the benchmark context the way one contender does, without Spring, and
 * shows the value of the probe key as that instance holds it.
 */
interface FanOutInstance extends AutoCloseable {

	/** The probe key's value as this instance holds it now. */
	String probeValue();

	/**
	 * Start an instance of a contender on a session of its own and return once it holds
	 * the whole context.
	 * @param contender {@link Contender#OURS}, {@link Contender#STOCK} or
	 * {@link Contender#FLOOR}
	 * @param zk the server
	 * @return the started instance
	 */
	static FanOutInstance open(Contender contender, BenchZooKeeper zk) throws Exception {
		return switch (contender) {
			case OURS -> ZkConfigInstance.open(zk);
			case STOCK -> StockInstance.open(zk);
			case FLOOR -> CuratorCacheInstance.open(zk);
			default -> throw new IllegalArgumentException("No fan-out instance of " + contender);
		};
	}

}
