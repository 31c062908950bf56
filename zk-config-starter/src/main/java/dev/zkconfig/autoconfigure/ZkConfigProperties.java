package dev.zkconfig.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of zk-config. The connection and node layout settings are Spring Cloud
 * Zookeeper's own, under {@code spring.cloud.zookeeper.*}.
 */
@ConfigurationProperties(ZkConfigProperties.PREFIX)
public class ZkConfigProperties {

	/** Prefix of zk-config's settings. */
	public static final String PREFIX = "zkconfig";

	/**
	 * Whether zk-config loads and watches "zookeeper:" imports. When false, Spring Cloud
	 * Zookeeper Config handles them as if zk-config were not there.
	 */
	private boolean enabled = true;

	/**
	 * Maximum time to wait for the initial load of each configuration context.
	 */
	private Duration loadTimeout = Duration.ofSeconds(30);

	private final Refresh refresh = new Refresh();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getLoadTimeout() {
		return this.loadTimeout;
	}

	public void setLoadTimeout(Duration loadTimeout) {
		this.loadTimeout = loadTimeout;
	}

	public Refresh getRefresh() {
		return this.refresh;
	}

	/**
	 * How changes are applied to the application.
	 */
	public static class Refresh {

		/**
		 * Minimum time between the starts of two refreshes. A change after a quiet period
		 * is applied at once; changes that arrive sooner are applied together, in one
		 * refresh, when this time has passed.
		 */
		private Duration coalesceWindow = Duration.ofMillis(100);

		public Duration getCoalesceWindow() {
			return this.coalesceWindow;
		}

		public void setCoalesceWindow(Duration coalesceWindow) {
			this.coalesceWindow = coalesceWindow;
		}

	}

}
