package dev.zkconfig.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains why the embedded ZooKeeper development server could not start or be seeded,
 * and which setting fixes it.
 */
class EmbeddedZooKeeperFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedZooKeeperException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedZooKeeperException cause) {
		return new FailureAnalysis(cause.getDescription(), cause.getAction(), cause);
	}

}
