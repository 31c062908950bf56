package dev.zkconfig.sample.config;

import java.nio.charset.StandardCharsets;

import dev.zkconfig.snapshot.ZNodeKeys;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Service;

/**
 * Writes and deletes the application's own keys in ZooKeeper, in its context
 * ({@code /config/<application name>} by default). The application sees the change
 * through its watch, like any other change to ZooKeeper. It writes through zk-config's
 * client, so the znodes it creates, parents included, get zk-config's ACL
 * ({@code zkconfig.acl.*}: only the application's own credentials with
 * {@code zkconfig.auth.*}).
 */
@Service
public class ConfigWriter {

	static final int MAX_VALUE_LENGTH = 10_000;

	private final CuratorFramework curator;

	private final String contextPath;

	public ConfigWriter(CuratorFramework curator, @Value("${spring.cloud.zookeeper.config.root:config}") String root,
			@Value("${spring.cloud.zookeeper.config.name:${spring.application.name}}") String name) {
		this.curator = curator;
		this.contextPath = "/" + stripSlashes(root) + "/" + name;
	}

	private static String stripSlashes(String path) {
		String stripped = path;
		while (stripped.startsWith("/")) {
			stripped = stripped.substring(1);
		}
		while (stripped.endsWith("/")) {
			stripped = stripped.substring(0, stripped.length() - 1);
		}
		return stripped;
	}

	/**
	 * Return the context the keys are written to.
	 * @return the absolute znode path of the context
	 */
	public String getContextPath() {
		return this.contextPath;
	}

	/**
	 * Create or update a key.
	 * @param key the key, for example {@code greeting.message}
	 * @param value the new value
	 * @return the znode path written
	 * @throws InvalidConfigException if the key or the value is not valid, {@code null}
	 * included
	 */
	@Contract("_, null -> fail")
	public String set(String key, @Nullable String value) {
		ConfigKeys.validate(key);
		validateValue(value);
		String path = ZNodeKeys.pathOf(this.contextPath, key);
		byte[] data = value.getBytes(StandardCharsets.UTF_8);
		try {
			try {
				this.curator.setData().forPath(path, data);
			}
			catch (KeeperException.NoNodeException ex) {
				this.curator.create().creatingParentsIfNeeded().forPath(path, data);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not write znode " + path, ex);
		}
		return path;
	}

	@Contract("null -> fail")
	private static void validateValue(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			throw new InvalidConfigException("Invalid value",
					"The value is empty: send it as the request body; to remove a key, use DELETE");
		}
		if (value.length() > MAX_VALUE_LENGTH) {
			throw new InvalidConfigException("Invalid value",
					"The value is longer than " + MAX_VALUE_LENGTH + " characters");
		}
	}

	/**
	 * Delete a key.
	 * @param key the key
	 * @return the znode path deleted
	 * @throws InvalidConfigException if the key is not valid
	 * @throws ConfigKeyNotFoundException if the key does not exist
	 * @throws ConfigKeyConflictException if the key has sub-keys
	 */
	public String delete(String key) {
		ConfigKeys.validate(key);
		String path = ZNodeKeys.pathOf(this.contextPath, key);
		try {
			this.curator.delete().forPath(path);
		}
		catch (KeeperException.NoNodeException ex) {
			throw new ConfigKeyNotFoundException(key, path);
		}
		catch (KeeperException.NotEmptyException ex) {
			throw new ConfigKeyConflictException(key);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not delete znode " + path, ex);
		}
		return path;
	}

}
