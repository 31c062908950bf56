package dev.zkconfig.sample;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.zkconfig.embedded.EmbeddedZooKeeper;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Id;
import org.apache.zookeeper.server.auth.DigestAuthenticationProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sample with digest authentication: the znodes its seed and its REST writes create,
 * parents included, are only for its own credentials.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "zkconfig.embedded.port=0",
		"zkconfig.auth.username=sample", "zkconfig.auth.password=sample-pw-4711" })
class SecuredSampleIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private CuratorFramework curator;

	@Autowired
	private EmbeddedZooKeeper server;

	@Test
	void seededAndWrittenZNodesAreOnlyForTheSamplesCredentials() throws Exception {
		assertThat(new SampleApi(this.port).put("secured.nested.key", "written").statusCode()).isEqualTo(200);
		List<ACL> onlySample = List.of(new ACL(ZooDefs.Perms.ALL,
				new Id("digest", DigestAuthenticationProvider.generateDigest("sample:sample-pw-4711"))));
		for (String path : List.of("/config", "/config/sample/notice/text", "/config/sample/secured",
				"/config/sample/secured/nested/key")) {
			assertThat(this.curator.getACL().forPath(path)).as(path).isEqualTo(onlySample);
		}
		try (CuratorFramework anonymous = CuratorFrameworkFactory.newClient(this.server.getConnectionString(),
				new RetryOneTime(100))) {
			anonymous.start();
			anonymous.blockUntilConnected();
			assertThatExceptionOfType(KeeperException.NoAuthException.class)
				.isThrownBy(() -> anonymous.getData().forPath("/config/sample/secured/nested/key"));
		}
		assertThat(
				new String(this.curator.getData().forPath("/config/sample/secured/nested/key"), StandardCharsets.UTF_8))
			.isEqualTo("written");
	}

}
