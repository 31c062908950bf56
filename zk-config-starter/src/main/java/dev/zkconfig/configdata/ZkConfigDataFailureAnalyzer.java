package dev.zkconfig.configdata;

import dev.zkconfig.security.InvalidSecuritySettingException;
import dev.zkconfig.security.TlsHandshakeFailedException;
import dev.zkconfig.snapshot.ZNodeProblem;
import dev.zkconfig.zookeeper.ContextAccessDeniedException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Explains why a {@code zookeeper:} import failed and which setting fixes it: ZooKeeper
 * not reachable (or refusing the TLS handshake), a context the client may not read, a
 * znode that cannot be used, a security setting that cannot be used. It comes before
 * Spring Boot's analysis of a config data resource that cannot be found, which is how an
 * unreachable ZooKeeper reaches Spring Boot.
 */
class ZkConfigDataFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final String OPTIONAL = "To start without ZooKeeper configuration, import it with "
			+ "spring.config.import=optional:zookeeper:";

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			FailureAnalysis analysis = analyzeOne(cause);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

	private @Nullable FailureAnalysis analyzeOne(Throwable cause) {
		if (cause instanceof ZkConfigConnectException connect
				&& connect.getCause() instanceof TlsHandshakeFailedException tls) {
			String bundle = tls.getBundle();
			return new FailureAnalysis(connect.getMessage(), "Check that the trust store of SSL bundle '" + bundle
					+ "' (spring.ssl.bundle.jks." + bundle + ".truststore.* or spring.ssl.bundle.pem." + bundle
					+ ".truststore.*) trusts the certificate of ZooKeeper at " + tls.getServer()
					+ ", that the certificate names that host, and that the server trusts the bundle's key store; "
					+ "or set zkconfig.ssl.bundle to the bundle that does", cause);
		}
		if (cause instanceof ZkConfigConnectException connect) {
			return new FailureAnalysis(connect.getMessage(),
					"Check that ZooKeeper is running at '" + connect.getConnectString()
							+ "', or set spring.cloud.zookeeper.connect-string to its address. " + OPTIONAL
							+ ", or start from the local snapshots with zkconfig.snapshot.fallback=true",
					cause);
		}
		if (cause instanceof ZkConfigLoadException load && load.getCause() instanceof ContextAccessDeniedException) {
			return new FailureAnalysis(load.getMessage(), "Give the application credentials that the ACL of '"
					+ load.getContextPath() + "' lets read it: set zkconfig.auth.username and zkconfig.auth.password "
					+ "(digest), or zkconfig.auth.scheme and zkconfig.auth.credentials. The local snapshot is never "
					+ "used instead. " + OPTIONAL, cause);
		}
		if (cause instanceof ZkConfigLoadException load) {
			return new FailureAnalysis(load.getMessage(),
					"Check that the ZooKeeper configuration context '" + load.getContextPath()
							+ "' is readable, or raise zkconfig.load-timeout if it is large. " + OPTIONAL,
					cause);
		}
		if (cause instanceof ZkConfigImportException invalid) {
			return new FailureAnalysis(invalid.getMessage(),
					"Set spring.config.import to zookeeper: (the servers of "
							+ "spring.cloud.zookeeper.connect-string), zookeeper:host:port[,host:port] or "
							+ "zookeeper:host:port/context[;/other/context], for example zookeeper:localhost:2181",
					cause);
		}
		if (cause instanceof ZkConfigDocumentException document) {
			boolean noAuth = document.getProblems()
				.stream()
				.anyMatch((problem) -> ZNodeProblem.isNoAuth(problem.reason()));
			return new FailureAnalysis(document.getMessage(),
					"Fix or delete the znodes named above in ZooKeeper"
							+ (noAuth ? ", or give the application credentials that their ACL lets read them "
									+ "(zkconfig.auth.username and zkconfig.auth.password, or zkconfig.auth.scheme and "
									+ "zkconfig.auth.credentials)" : "")
							+ ". To start without them, recording the problem instead, set "
							+ "spring.cloud.zookeeper.config.fail-fast=false",
					cause);
		}
		if (cause instanceof InvalidSecuritySettingException setting) {
			return new FailureAnalysis(setting.getMessage(), "Fix " + setting.getProperty() + ".", cause);
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
