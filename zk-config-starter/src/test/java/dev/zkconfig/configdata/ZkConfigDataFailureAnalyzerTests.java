package dev.zkconfig.configdata;

import java.util.List;

import dev.zkconfig.security.InvalidSecuritySettingException;
import dev.zkconfig.snapshot.ZNodeProblem;
import dev.zkconfig.zookeeper.ContextAccessDeniedException;
import dev.zkconfig.zookeeper.ContextLoadException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.cloud.zookeeper.ZookeeperProperties;

import static org.assertj.core.api.Assertions.assertThat;

class ZkConfigDataFailureAnalyzerTests {

	private final ZkConfigDataFailureAnalyzer analyzer = new ZkConfigDataFailureAnalyzer();

	@Test
	void connectFailureNamesTheAddressAndTheProperties() {
		ZookeeperProperties connection = new ZookeeperProperties();
		connection.setConnectString("zk.example:2181");
		FailureAnalysis analysis = this.analyzer.analyze(new ZkConfigConnectException(connection));
		assertThat(analysis.getDescription())
			.isEqualTo("Could not connect to ZooKeeper at 'zk.example:2181' within 10 seconds");
		assertThat(analysis.getAction()).isEqualTo("Check that ZooKeeper is running at 'zk.example:2181', or set "
				+ "spring.cloud.zookeeper.connect-string to its address. To start without ZooKeeper configuration, "
				+ "import it with spring.config.import=optional:zookeeper:, or start from the local snapshots with "
				+ "zkconfig.snapshot.fallback=true");
	}

	@Test
	void loadFailureNamesTheContextAndTheTimeout() {
		FailureAnalysis analysis = this.analyzer.analyze(new ZkConfigLoadException(
				new ContextLoadException("/config/app", "the initial load did not complete within 1 second", null)));
		assertThat(analysis.getDescription()).isEqualTo("Could not load ZooKeeper configuration context "
				+ "'/config/app': the initial load did not complete within 1 second");
		assertThat(analysis.getAction()).contains("'/config/app'", "zkconfig.load-timeout",
				"spring.config.import=optional:zookeeper:");
	}

	@Test
	void aMalformedImportSaysWhatItShouldLookLike() {
		FailureAnalysis analysis = this.analyzer.analyze(new ZkConfigImportException("Invalid ZooKeeper address 'zk1' "
				+ "in spring.config.import 'zookeeper:zk1': expected host:port, for example zookeeper:localhost:2181"));
		assertThat(analysis.getDescription()).isEqualTo("Invalid ZooKeeper address 'zk1' in spring.config.import "
				+ "'zookeeper:zk1': expected host:port, for example zookeeper:localhost:2181");
		assertThat(analysis.getAction()).isEqualTo("Set spring.config.import to zookeeper: (the servers of "
				+ "spring.cloud.zookeeper.connect-string), zookeeper:host:port[,host:port] or "
				+ "zookeeper:host:port/context[;/other/context], for example zookeeper:localhost:2181");
	}

	@Test
	void anUnreachableZooKeeperIsFoundBehindSpringBootsNotFoundFailure() {
		ZookeeperProperties connection = new ZookeeperProperties();
		FailureAnalysis analysis = this.analyzer
			.analyze(new IllegalStateException(new ZkConfigConnectException(connection)));
		assertThat(analysis.getDescription())
			.isEqualTo("Could not connect to ZooKeeper at 'localhost:2181' within 10 seconds");
	}

	@Test
	void documentFailureNamesTheZNodeAndTheParserErrorAndTheFailFastProperty() {
		FailureAnalysis analysis = this.analyzer.analyze(new ZkConfigDocumentException("/config/app",
				List.of(new ZNodeProblem("/config/app/application.yml", null,
						"is not a valid document: malformed YAML: could not find expected ':' (line 3, column 1)"))));
		assertThat(analysis.getDescription()).isEqualTo("ZooKeeper configuration context '/config/app' has znodes that "
				+ "cannot be used: znode /config/app/application.yml is not a valid document: malformed YAML: could not "
				+ "find expected ':' (line 3, column 1)");
		assertThat(analysis.getAction())
			.isEqualTo("Fix or delete the znodes named above in ZooKeeper. To start without "
					+ "them, recording the problem instead, set spring.cloud.zookeeper.config.fail-fast=false");
	}

	@Test
	void accessDeniedNamesTheContextNoAuthAndTheAuthProperties() {
		FailureAnalysis analysis = this.analyzer
			.analyze(new ZkConfigLoadException(new ContextAccessDeniedException("/config/app")));
		assertThat(analysis.getDescription()).isEqualTo("Could not load ZooKeeper configuration context "
				+ "'/config/app': the context cannot be read with the client's credentials (NoAuth)");
		assertThat(analysis.getAction()).isEqualTo("Give the application credentials that the ACL of '/config/app' "
				+ "lets read it: set zkconfig.auth.username and zkconfig.auth.password (digest), or "
				+ "zkconfig.auth.scheme and zkconfig.auth.credentials. The local snapshot is never used instead. "
				+ "To start without ZooKeeper configuration, import it with spring.config.import=optional:zookeeper:");
	}

	@Test
	void unreadableZNodesAtStartupNameTheAuthPropertiesToo() {
		FailureAnalysis analysis = this.analyzer.analyze(new ZkConfigDocumentException("/config/app",
				List.of(new ZNodeProblem("/config/app/db/password", "db.password", ZNodeProblem.NO_AUTH))));
		assertThat(analysis.getDescription()).isEqualTo("ZooKeeper configuration context '/config/app' has znodes that "
				+ "cannot be used: znode /config/app/db/password (key 'db.password') cannot be read with the client's "
				+ "credentials (NoAuth)");
		assertThat(analysis.getAction()).contains("zkconfig.auth.username and zkconfig.auth.password",
				"spring.cloud.zookeeper.config.fail-fast=false");
	}

	@Test
	void anInvalidSecuritySettingIsNamed() {
		FailureAnalysis analysis = this.analyzer
			.analyze(new IllegalStateException("wrapped", new InvalidSecuritySettingException("zkconfig.acl.entries",
					"ACL entry 'x' is not scheme:id:permissions", null)));
		assertThat(analysis.getDescription()).isEqualTo("ACL entry 'x' is not scheme:id:permissions");
		assertThat(analysis.getAction()).isEqualTo("Fix zkconfig.acl.entries.");
	}

}
