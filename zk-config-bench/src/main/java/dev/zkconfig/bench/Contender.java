package dev.zkconfig.bench;

/**
 * Who is measured: the stock starter (Spring Cloud Zookeeper Config alone, zk-config
 * turned off), zk-config, or bare Curator (the floor no starter can beat).
 */
public enum Contender {

	/** Spring Cloud Zookeeper Config with {@code zkconfig.enabled=false}. */
	STOCK,

	/** zk-config with its defaults. */
	OURS,

	/** Bare Curator, no Spring. */
	FLOOR;

	String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static Contender of(String id) {
		return valueOf(id.toUpperCase(java.util.Locale.ROOT));
	}

}
