package dev.zkconfig.configdata;

import org.springframework.boot.context.config.ConfigDataException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains why a {@code zookeeper:} import failed and which setting fixes it.
 */
class ZkConfigDataFailureAnalyzer extends AbstractFailureAnalyzer<ConfigDataException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ConfigDataException cause) {
		if (cause instanceof ZkConfigConnectException connect) {
			return new FailureAnalysis(connect.getMessage(),
					"Check that ZooKeeper is running at '" + connect.getConnectString()
							+ "', or set spring.cloud.zookeeper.connect-string to its address. To start without "
							+ "ZooKeeper configuration, import it with spring.config.import=optional:zookeeper:",
					cause);
		}
		if (cause instanceof ZkConfigLoadException load) {
			return new FailureAnalysis(load.getMessage(),
					"Check that the ZooKeeper configuration context '" + load.getContextPath()
							+ "' is readable, or raise zkconfig.load-timeout if it is large. To start without "
							+ "ZooKeeper configuration, import it with spring.config.import=optional:zookeeper:",
					cause);
		}
		if (cause instanceof ZkConfigDocumentException document) {
			return new FailureAnalysis(document.getMessage(),
					"Fix or delete the znodes named above in ZooKeeper. To start without them, recording the "
							+ "problem instead, set spring.cloud.zookeeper.config.fail-fast=false",
					cause);
		}
		return null;
	}

}
