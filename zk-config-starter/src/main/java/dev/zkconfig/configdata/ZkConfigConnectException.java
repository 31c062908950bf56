package dev.zkconfig.configdata;

import java.time.Duration;

import dev.zkconfig.support.Durations;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.config.ConfigDataException;
import org.springframework.cloud.zookeeper.ZookeeperProperties;

/**
 * Thrown when ZooKeeper cannot be reached for a non-optional {@code zookeeper:} import.
 */
public class ZkConfigConnectException extends ConfigDataException {

	private final String connectString;

	ZkConfigConnectException(ZookeeperProperties connection) {
		this(connection, null);
	}

	ZkConfigConnectException(ZookeeperProperties connection, @Nullable Throwable cause) {
		super("Could not connect to ZooKeeper at '" + connection.getConnectString() + "' within "
				+ Durations.describe(Duration.of(connection.getBlockUntilConnectedWait(),
						connection.getBlockUntilConnectedUnit().toChronoUnit()))
				+ ((cause != null) ? ": " + cause.getMessage() : ""), cause);
		this.connectString = connection.getConnectString();
	}

	/**
	 * Return the connect string that could not be reached.
	 * @return the connect string
	 */
	public String getConnectString() {
		return this.connectString;
	}

}
