package dev.zkconfig.bench;

import java.util.Locale;

/**
 * Who is measured: the stock starter (Spring Cloud Zookeeper Config alone, zk-config
 * turned off), zk-config with its guard and without it, or bare Curator (the floor no
 * starter can beat).
 */
public enum Contender {

	/** Spring Cloud Zookeeper Config with {@code zkconfig.enabled=false}. */
	STOCK,

	/**
	 * zk-config with its defaults: every change is checked by the guard before it is
	 * accepted.
	 */
	OURS,

	/**
	 * zk-config with {@code zkconfig.guard.enabled=false}: changes are accepted
	 * unchecked.
	 */
	OURS_GUARD_OFF,

	/** Bare Curator, no Spring. */
	FLOOR,

	/**
	 * zk-config with {@code zkconfig.refresh.mode=all}: every {@code @RefreshScope} bean
	 * is refreshed on a change, as Spring Cloud does. Measured in the targeted-refresh
	 * scenario only.
	 */
	OURS_REFRESH_ALL;

	/** Whether this contender runs zk-config. */
	boolean isZkConfig() {
		return this == OURS || this == OURS_GUARD_OFF || this == OURS_REFRESH_ALL;
	}

	String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static Contender of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
