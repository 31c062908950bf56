package dev.zkconfig.security;

import java.nio.file.Files;

import dev.zkconfig.ZkTestApp;
import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.configdata.ZkConfigLoadException;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.zookeeper.ContextAccessDeniedException;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Digest authentication of the configuration client ({@code zkconfig.auth.*}): a
 * protected context loads with the right credentials, also after the session expires;
 * without them startup fails clearly, and the local snapshot is never served instead.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	private static final String USER = "zkconfig.auth.username=app";

	private static final String PASSWORD = "zkconfig.auth.password=app-pw-4711";

	private static final String CREDENTIALS = "app:app-pw-4711";

	private static final String DENIED = "Could not load ZooKeeper configuration context '/config/%s': the context "
			+ "cannot be read with the client's credentials (NoAuth)";

	@Test
	void loadsAProtectedContextAndKeepsItsCredentialsAcrossSessions() throws Exception {
		zk.set("/config/guarded/greeting/message", "hello");
		try (ProtectedZNodes admin = new ProtectedZNodes(zk.connectString(), CREDENTIALS)) {
			admin.protect("/config/guarded");
			try (ConfigurableApplicationContext context = zk.run("guarded", USER, PASSWORD)) {
				assertThat(context.getEnvironment().getProperty("greeting.message")).isEqualTo("hello");
				context.getBean(ZkConfigClient.class)
					.getCurator()
					.getZookeeperClient()
					.getZooKeeper()
					.getTestable()
					.injectSessionExpiration();
				await().until(() -> context.getBean(ZkConfigClient.class).getStatus().isConnected());
				admin.set("/config/guarded/greeting/message", "hello again");
				await().untilAsserted(() -> assertThat(context.getEnvironment().getProperty("greeting.message"))
					.isEqualTo("hello again"));
				assertThat(context.getBean(Rejections.class).getRecent()).isEmpty();
			}
		}
	}

	@Test
	void withoutCredentialsARequiredImportFailsNamingThePathAndNoAuth(CapturedOutput output) throws Exception {
		zk.set("/config/locked/greeting/message", "hello");
		try (ProtectedZNodes admin = new ProtectedZNodes(zk.connectString(), CREDENTIALS)) {
			admin.protect("/config/locked");
		}
		assertThatExceptionOfType(ZkConfigLoadException.class).isThrownBy(() -> zk.run("locked").close())
			.withMessage(DENIED, "locked")
			.withCauseInstanceOf(ContextAccessDeniedException.class);
		assertThat(output).contains("Description:", String.format(DENIED, "locked"), "Action:",
				"set zkconfig.auth.username and zkconfig.auth.password (digest), or zkconfig.auth.scheme and "
						+ "zkconfig.auth.credentials");
	}

	@Test
	void wrongCredentialsFailAsMissingOnesDo() throws Exception {
		zk.set("/config/wrong/greeting/message", "hello");
		try (ProtectedZNodes admin = new ProtectedZNodes(zk.connectString(), CREDENTIALS)) {
			admin.protect("/config/wrong");
		}
		assertThatExceptionOfType(ZkConfigLoadException.class)
			.isThrownBy(() -> zk.run("wrong", "zkconfig.auth.credentials=app:not-the-password").close())
			.withMessage(DENIED, "wrong");
	}

	@Test
	void aContextTheClientMayNotReadIsNeverServedFromItsLocalSnapshot(CapturedOutput output) throws Exception {
		zk.set("/config/snapshotted/greeting/message", "from-zookeeper");
		try (ProtectedZNodes admin = new ProtectedZNodes(zk.connectString(), CREDENTIALS)) {
			admin.protect("/config/snapshotted");
		}
		try (ConfigurableApplicationContext context = zk.run("snapshotted", USER, PASSWORD)) {
			await().until(() -> Files.list(zk.snapshots().resolve("snapshotted")).findAny().isPresent());
		}
		assertThatExceptionOfType(ZkConfigLoadException.class)
			.isThrownBy(() -> zk.run("snapshotted", "zkconfig.snapshot.fallback=true").close())
			.withMessage(DENIED, "snapshotted");
		try (ConfigurableApplicationContext context = zk.run(ZkTestApp.class, "snapshotted",
				"spring.config.import=optional:zookeeper:", "zkconfig.snapshot.fallback=true")) {
			assertThat(context.getEnvironment().getProperty("greeting.message")).isNull();
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("default-message");
		}
		assertThat(output).contains(String.format(DENIED, "snapshotted") + "; continuing without it (optional import)");
	}

	@Test
	void aContextWhoseAclChangesIsRejectedAndKeepsItsConfiguration() throws Exception {
		zk.set("/config/revoked/greeting/message", "hello");
		try (ProtectedZNodes admin = new ProtectedZNodes(zk.connectString(), CREDENTIALS)) {
			admin.protect("/config/revoked");
			try (ConfigurableApplicationContext context = zk.run("revoked", USER, PASSWORD)) {
				admin.client().setACL().withACL(ProtectedZNodes.onlyFor("someone:else")).forPath("/config/revoked");
				context.getBean(ZkConfigClient.class)
					.getCurator()
					.getZookeeperClient()
					.getZooKeeper()
					.getTestable()
					.injectSessionExpiration();
				Rejections rejections = context.getBean(Rejections.class);
				await().until(() -> !rejections.getStanding().isEmpty());
				assertThat(rejections.getStanding()).singleElement().satisfies((rejection) -> {
					assertThat(rejection.path()).isEqualTo("/config/revoked");
					assertThat(rejection.reason()).isEqualTo("cannot be read with the client's credentials (NoAuth)");
				});
				assertThat(context.getEnvironment().getProperty("greeting.message")).isEqualTo("hello");
			}
		}
	}

}
