package dev.zkconfig.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.zkconfig.ZkTestApp;
import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.embedded.EmbeddedZooKeeper;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ACL of znodes created through zk-config's clients ({@code zkconfig.acl.*}): the
 * application's {@link CuratorFramework} bean, as the sample's writer uses it, and the
 * embedded server's seed.
 */
class AclIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	private static final String CREDENTIALS = "app:app-pw-4711";

	@Test
	void withAuthenticationNewZNodesAndTheirParentsAreOnlyForItsCredentials() throws Exception {
		zk.set("/config/creator/greeting/message", "hello");
		try (ConfigurableApplicationContext context = zk.run("creator", "zkconfig.auth.username=app",
				"zkconfig.auth.password=app-pw-4711")) {
			CuratorFramework curator = context.getBean(CuratorFramework.class);
			curator.create().creatingParentsIfNeeded().forPath("/config/creator/new/deep/key", bytes("v"));
			for (String path : List.of("/config/creator/new", "/config/creator/new/deep/key")) {
				// reading an ACL takes the read permission too
				assertThat(curator.getACL().forPath(path)).as(path).isEqualTo(ProtectedZNodes.onlyFor(CREDENTIALS));
			}
			assertThatExceptionOfType(KeeperException.NoAuthException.class)
				.isThrownBy(() -> zk.client().getData().forPath("/config/creator/new/deep/key"));
			assertThat(curator.getData().forPath("/config/creator/new/deep/key")).isEqualTo(bytes("v"));
		}
	}

	@Test
	void worldReadModeLetsAnyoneReadButOnlyTheCreatorWrite() throws Exception {
		zk.set("/config/worldread/greeting/message", "hello");
		try (ConfigurableApplicationContext context = zk.run("worldread", "zkconfig.auth.credentials=app:app-pw-4711",
				"zkconfig.acl.mode=creator-all-world-read")) {
			context.getBean(CuratorFramework.class).create().forPath("/config/worldread/key", bytes("v"));
			assertThat(zk.client().getData().forPath("/config/worldread/key")).isEqualTo(bytes("v"));
			assertThatExceptionOfType(KeeperException.NoAuthException.class)
				.isThrownBy(() -> zk.client().setData().forPath("/config/worldread/key", bytes("w")));
		}
	}

	@Test
	void withoutAuthenticationNewZNodesAreOpen() throws Exception {
		zk.set("/config/open/greeting/message", "hello");
		try (ConfigurableApplicationContext context = zk.run("open")) {
			context.getBean(CuratorFramework.class).create().forPath("/config/open/key", bytes("v"));
			assertThat(zk.client().getACL().forPath("/config/open/key")).isEqualTo(ZooDefs.Ids.OPEN_ACL_UNSAFE);
		}
	}

	@Test
	void theEmbeddedServersSeedIsOnlyForTheApplicationsCredentials() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZkTestApp.class)
			.web(WebApplicationType.NONE)
			.properties("zkconfig.snapshot.enabled=false", "spring.application.name=seeded",
					"spring.config.import=zookeeper:", "zkconfig.embedded.enabled=true", "zkconfig.embedded.port=0",
					"zkconfig.embedded.seed=classpath:embedded/seed.yml", "zkconfig.auth.username=app",
					"zkconfig.auth.password=app-pw-4711")
			.run()) {
			assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("Hello from the seed");
			String connectString = context.getBean(EmbeddedZooKeeper.class).getConnectionString();
			CuratorFramework curator = context.getBean(CuratorFramework.class);
			for (String path : List.of("/config", "/config/seeded", "/config/seeded/greeting/message")) {
				List<ACL> acl = curator.getACL().forPath(path);
				assertThat(acl).as(path).isEqualTo(ProtectedZNodes.onlyFor(CREDENTIALS));
			}
			try (CuratorFramework anonymous = CuratorFrameworkFactory.newClient(connectString, new RetryOneTime(100))) {
				anonymous.start();
				anonymous.blockUntilConnected();
				assertThatExceptionOfType(KeeperException.NoAuthException.class)
					.isThrownBy(() -> anonymous.getData().forPath("/config/seeded/greeting/message"));
			}
		}
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
