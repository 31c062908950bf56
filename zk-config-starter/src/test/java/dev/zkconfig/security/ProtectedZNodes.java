package dev.zkconfig.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Id;
import org.apache.zookeeper.server.auth.DigestAuthenticationProvider;

/**
 * A Curator client of a test server that authenticates with digest credentials, to
 * protect znodes so that only those credentials may use them.
 */
final class ProtectedZNodes implements AutoCloseable {

	private final CuratorFramework client;

	private final String credentials;

	ProtectedZNodes(String connectString, String credentials) throws InterruptedException {
		this.credentials = credentials;
		this.client = CuratorFrameworkFactory.builder()
			.connectString(connectString)
			.retryPolicy(new RetryOneTime(100))
			.authorization("digest", credentials.getBytes(StandardCharsets.UTF_8))
			.build();
		this.client.start();
		this.client.blockUntilConnected();
	}

	/** The ACL that lets only the given digest credentials do anything. */
	static List<ACL> onlyFor(String credentials) {
		try {
			return List.of(new ACL(ZooDefs.Perms.ALL,
					new Id("digest", DigestAuthenticationProvider.generateDigest(credentials))));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Let only this client's credentials use a znode and everything below it. */
	void protect(String path) throws Exception {
		setAcl(path, onlyFor(this.credentials));
	}

	/** Set the ACL of a znode and everything below it. */
	void setAcl(String path, List<ACL> acl) throws Exception {
		for (String child : this.client.getChildren().forPath(path)) {
			setAcl(path + "/" + child, acl);
		}
		this.client.setACL().withACL(acl).forPath(path);
	}

	/** Update a znode this client may write. */
	void set(String path, String value) throws Exception {
		this.client.setData().forPath(path, value.getBytes(StandardCharsets.UTF_8));
	}

	CuratorFramework client() {
		return this.client;
	}

	@Override
	public void close() {
		this.client.close();
	}

}
