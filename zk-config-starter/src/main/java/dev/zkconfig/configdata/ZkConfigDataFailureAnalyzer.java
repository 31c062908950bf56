package dev.zkconfig.configdata;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Explains why a {@code zookeeper:} import failed and which setting fixes it. It comes
 * before Spring Boot's analysis of a config data resource that cannot be found, which is
 * how an unreachable ZooKeeper reaches Spring Boot.
 */
class ZkConfigDataFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final String OPTIONAL = "To start without ZooKeeper configuration, import it with "
			+ "spring.config.import=optional:zookeeper:";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			FailureAnalysis analysis = analyzeOne(cause);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

	private FailureAnalysis analyzeOne(Throwable cause) {
		if (cause instanceof ZkConfigConnectException connect) {
			return new FailureAnalysis(connect.getMessage(), "Check that ZooKeeper is running at '"
					+ connect.getConnectString() + "', or set spring.cloud.zookeeper.connect-string to its address. "
					+ OPTIONAL + ", or start from the local snapshots with zkconfig.snapshot.fallback=true", cause);
		}
		if (cause instanceof ZkConfigLoadException load) {
			return new FailureAnalysis(load.getMessage(), "Check that the ZooKeeper configuration context '"
					+ load.getContextPath() + "' is readable, or raise zkconfig.load-timeout if it is large. " + OPTIONAL,
					cause);
		}
		if (cause instanceof ZkConfigImportException invalid) {
			return new FailureAnalysis(invalid.getMessage(), "Set spring.config.import to zookeeper: (the servers of "
					+ "spring.cloud.zookeeper.connect-string), zookeeper:host:port[,host:port] or "
					+ "zookeeper:host:port/context[;/other/context], for example zookeeper:localhost:2181", cause);
		}
		if (cause instanceof ZkConfigDocumentException document) {
			return new FailureAnalysis(document.getMessage(),
					"Fix or delete the znodes named above in ZooKeeper. To start without "
							+ "them, recording the problem instead, set spring.cloud.zookeeper.config.fail-fast=false",
					cause);
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
