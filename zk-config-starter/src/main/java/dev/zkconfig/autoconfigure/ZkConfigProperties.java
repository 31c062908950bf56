package dev.zkconfig.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.zkconfig.apply.RefreshScopeStep;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

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

	/**
	 * Largest znode that becomes configuration: a key znode's value or a whole document.
	 * A larger znode is rejected, so that no read comes near ZooKeeper's 1 MB packet
	 * limit.
	 */
	private DataSize maxValueSize = DataSize.ofKilobytes(512);

	private final Refresh refresh = new Refresh();

	private final Guard guard = new Guard();

	private final Snapshot snapshot = new Snapshot();

	private final Health health = new Health();

	private final Embedded embedded = new Embedded();

	private final Auth auth = new Auth();

	private final Acl acl = new Acl();

	private final Ssl ssl = new Ssl();

	private final Secrets secrets = new Secrets();

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

	public DataSize getMaxValueSize() {
		return this.maxValueSize;
	}

	public void setMaxValueSize(DataSize maxValueSize) {
		this.maxValueSize = maxValueSize;
	}

	public Refresh getRefresh() {
		return this.refresh;
	}

	public Guard getGuard() {
		return this.guard;
	}

	public Snapshot getSnapshot() {
		return this.snapshot;
	}

	public Health getHealth() {
		return this.health;
	}

	public Embedded getEmbedded() {
		return this.embedded;
	}

	public Auth getAuth() {
		return this.auth;
	}

	public Acl getAcl() {
		return this.acl;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public Secrets getSecrets() {
		return this.secrets;
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

		/**
		 * Which @RefreshScope beans a change refreshes: 'targeted' refreshes only the
		 * beans that read a changed key, each created before its old instance is
		 * destroyed; 'all' refreshes every bean, as Spring Cloud does.
		 */
		private RefreshScopeStep.Mode mode = RefreshScopeStep.Mode.TARGETED;

		/**
		 * Whether @Value fields and setters of ordinary singletons are updated in place
		 * when a key they read changes.
		 */
		private boolean valueInPlace = true;

		public Duration getCoalesceWindow() {
			return this.coalesceWindow;
		}

		public void setCoalesceWindow(Duration coalesceWindow) {
			this.coalesceWindow = coalesceWindow;
		}

		public RefreshScopeStep.Mode getMode() {
			return this.mode;
		}

		public void setMode(RefreshScopeStep.Mode mode) {
			this.mode = mode;
		}

		public boolean isValueInPlace() {
			return this.valueInPlace;
		}

		public void setValueInPlace(boolean valueInPlace) {
			this.valueInPlace = valueInPlace;
		}

	}

	/**
	 * Checks of changes before they are accepted.
	 */
	public static class Guard {

		/**
		 * Whether each change is checked against the beans that read it before it is
		 * accepted: every @Value that reads a changed key is resolved and converted,
		 * every
		 * @ConfigurationProperties bean it concerns is bound and validated. A change that
		 * fails is rejected whole and the last accepted configuration stays. Znodes that
		 * cannot be read or parsed are rejected either way.
		 */
		private boolean enabled = true;

		/**
		 * How long a change rejected while a new empty znode gives its key the empty
		 * string waits, before the rejection is reported, for the change that makes it
		 * whole: children for a parent created first, or the deletion of a parent left by
		 * its last child. Nothing is applied meanwhile.
		 */
		private Duration emptyZnodeGrace = Duration.ofSeconds(10);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getEmptyZnodeGrace() {
			return this.emptyZnodeGrace;
		}

		public void setEmptyZnodeGrace(Duration emptyZnodeGrace) {
			this.emptyZnodeGrace = emptyZnodeGrace;
		}

	}

	/**
	 * The local snapshot of each context's accepted configuration, to start from when
	 * ZooKeeper cannot be reached.
	 */
	public static class Snapshot {

		/**
		 * Whether each context's accepted configuration is written to a local file after
		 * every accepted change, and read from it when ZooKeeper cannot be reached at
		 * startup.
		 */
		private boolean enabled = true;

		/**
		 * Directory of the snapshot files. When not set, ".zkconfig/<application name>"
		 * in the user's home.
		 */
		private @Nullable Path directory;

		/**
		 * Whether a required "zookeeper:" import starts from the local snapshots when
		 * ZooKeeper cannot be reached at startup (an "optional:zookeeper:" import always
		 * does).
		 */
		private boolean fallback;

		/**
		 * Patterns of keys never written to the snapshot files, '*' matching any
		 * characters, for example "*.password".
		 */
		private List<String> exclude = new ArrayList<>();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable Path getDirectory() {
			return this.directory;
		}

		public void setDirectory(@Nullable Path directory) {
			this.directory = directory;
		}

		public boolean isFallback() {
			return this.fallback;
		}

		public void setFallback(boolean fallback) {
			this.fallback = fallback;
		}

		public List<String> getExclude() {
			return this.exclude;
		}

		public void setExclude(List<String> exclude) {
			this.exclude = exclude;
		}

	}

	/**
	 * The zkconfig health indicator.
	 */
	public static class Health {

		/**
		 * Health status while snapshots are served instead of ZooKeeper's current state:
		 * the client is disconnected, or a context is served from its local snapshot
		 * file. For example OUT_OF_SERVICE to hold traffic off.
		 */
		private String snapshotStatus = "UP";

		public String getSnapshotStatus() {
			return this.snapshotStatus;
		}

		public void setSnapshotStatus(String snapshotStatus) {
			this.snapshotStatus = snapshotStatus;
		}

	}

	/**
	 * An in-process ZooKeeper server for development, started before the configuration is
	 * loaded.
	 */
	public static class Embedded {

		/**
		 * Whether to start an embedded ZooKeeper development server and load the
		 * configuration from it. Never for production.
		 */
		private boolean enabled;

		/**
		 * Client port of the embedded server; 0 picks a free port.
		 */
		private int port = 2181;

		/**
		 * Directory where the embedded server keeps its data across restarts. When not
		 * set, a new temporary directory is used and deleted when the application stops.
		 */
		private @Nullable Path dataDir;

		/**
		 * Location of a YAML or properties file whose znodes are created in the embedded
		 * server when they do not exist yet, for example "classpath:zk-seed.yml". Keys
		 * are znode paths from the root with '.' as the separator
		 * ("config.sample.greeting.message" is "/config/sample/greeting/message").
		 */
		private @Nullable String seed;

		/**
		 * Name of an SSL bundle (spring.ssl.bundle.jks.<name> or
		 * spring.ssl.bundle.pem.<name>) whose key store holds the embedded server's
		 * certificate and whose trust store the client certificates it accepts: the
		 * server then serves TLS only, on its port. The application connects with
		 * zkconfig.ssl.bundle, or with this bundle when that is not set.
		 */
		private @Nullable String sslBundle;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public @Nullable Path getDataDir() {
			return this.dataDir;
		}

		public void setDataDir(@Nullable Path dataDir) {
			this.dataDir = dataDir;
		}

		public @Nullable String getSeed() {
			return this.seed;
		}

		public void setSeed(@Nullable String seed) {
			this.seed = seed;
		}

		public @Nullable String getSslBundle() {
			return this.sslBundle;
		}

		public void setSslBundle(@Nullable String sslBundle) {
			this.sslBundle = sslBundle;
		}

	}

	/**
	 * Authentication of the ZooKeeper session, sent again on every new session.
	 */
	public static class Auth {

		/**
		 * Authentication scheme of the session, such as "digest".
		 */
		private String scheme = "digest";

		/**
		 * Credentials in the scheme's own form ("user:password" for digest). Takes
		 * precedence over the username and password.
		 */
		private @Nullable String credentials;

		/**
		 * User name for digest authentication, sent with the password as
		 * "username:password".
		 */
		private @Nullable String username;

		/**
		 * Password for digest authentication.
		 */
		private @Nullable String password;

		public String getScheme() {
			return this.scheme;
		}

		public void setScheme(String scheme) {
			this.scheme = scheme;
		}

		public @Nullable String getCredentials() {
			return this.credentials;
		}

		public void setCredentials(@Nullable String credentials) {
			this.credentials = credentials;
		}

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

	}

	/**
	 * ACL of every znode created through the configuration client: by zk-config (the
	 * embedded server's seed) and by the application through its CuratorFramework bean,
	 * parents created on the way included.
	 */
	public static class Acl {

		/**
		 * Which ACL new znodes get. When not set, "creator-all" if zkconfig.auth is
		 * configured, otherwise "open".
		 */
		private @Nullable Mode mode;

		/**
		 * More ACL entries, as "scheme:id:permissions" with permissions among "r", "w",
		 * "c", "d" and "a" (or "*" for all), for example "world:anyone:r" or
		 * "digest:ops:<base64 SHA-1 of ops:password>:rwcda". Added to the mode's entries;
		 * the only entries with mode "custom".
		 */
		private List<String> entries = new ArrayList<>();

		public @Nullable Mode getMode() {
			return this.mode;
		}

		public void setMode(@Nullable Mode mode) {
			this.mode = mode;
		}

		public List<String> getEntries() {
			return this.entries;
		}

		public void setEntries(List<String> entries) {
			this.entries = entries;
		}

		/**
		 * ACLs new znodes can get.
		 */
		public enum Mode {

			/**
			 * Anyone may do anything (ZooKeeper's OPEN_ACL_UNSAFE): without
			 * authentication, the only choice.
			 */
			OPEN,

			/**
			 * Only the identities the session authenticated as may do anything
			 * (ZooKeeper's CREATOR_ALL_ACL).
			 */
			CREATOR_ALL,

			/**
			 * As creator-all, and anyone may read.
			 */
			CREATOR_ALL_WORLD_READ,

			/**
			 * Only the configured entries.
			 */
			CUSTOM

		}

	}

	/**
	 * TLS to ZooKeeper.
	 */
	public static class Ssl {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.jks.<name> or
		 * spring.ssl.bundle.pem.<name>) to connect to ZooKeeper over TLS with: its trust
		 * store decides which servers are trusted, its key store holds the client
		 * certificate. When set, the client connects over TLS with Netty.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * Values never shown in logs, exceptions, events or endpoints.
	 */
	public static class Secrets {

		/**
		 * Patterns of more keys whose values are hidden, besides the built-in ones,
		 * ignoring case: '*' matches any characters, and a pattern without one matches
		 * the keys that end with it ("pin" hides "card.pin").
		 */
		private List<String> additionalKeys = new ArrayList<>();

		public List<String> getAdditionalKeys() {
			return this.additionalKeys;
		}

		public void setAdditionalKeys(List<String> additionalKeys) {
			this.additionalKeys = additionalKeys;
		}

	}

}
