package dev.zkconfig.zookeeper;

import java.nio.charset.StandardCharsets;

import dev.zkconfig.snapshot.ZNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store gives back every znode as it was put, whole while its change is untaken, and
 * with what it keeps afterwards: the text of a plain key znode, everything of the others.
 */
class ZNodeStoreTests {

	private static final String CONTEXT = "/config/app";

	private final ZNodeStore store = new ZNodeStore(CONTEXT);

	@Test
	void aPlainKeyZNodeIsWholeUntilItsChangeIsTakenAndItsTextAfterwards() {
		this.store.changesTaken();
		ZNode node = node("/config/app/server/port", "8080", 7, 1000);
		assertThat(this.store.put(node)).isTrue();
		assertThat(this.store.get("/config/app/server/port")).isEqualTo(node);

		this.store.changesTaken();
		assertThat(this.store.get("/config/app/server/port"))
			.isEqualTo(new ZNode("/config/app/server/port", "8080", 4, 0, 0, null));
		assertThat(this.store.sizeOf("/config/app/server/port")).isEqualTo(4);
		assertThat(this.store.withKey("server.port")).extracting(ZNode::text).containsExactly("8080");
	}

	@Test
	void handsOutTheKeyItHoldsForAKeyZNodeCreatedSinceTheChangesWereTaken() {
		this.store.put(node("/config/app/server/port", "8080", 1, 1));
		String key = this.store.keyOf("/config/app/server/port");
		assertThat(key).isEqualTo("server.port").isSameAs(this.store.keyOf("/config/app/server/port"));

		this.store.changesTaken();
		assertThat(this.store.keyOf("/config/app/server/port")).isEqualTo("server.port").isNotSameAs(key);
		assertThat(this.store.keyOf("/config/app")).isNull();
	}

	@Test
	void beforeTheChangesAreFirstTakenAPlainKeyZNodeIsKeptAsItsText() {
		this.store.put(node("/config/app/server/port", "8080", 7, 1000));
		assertThat(this.store.get("/config/app/server/port"))
			.isEqualTo(new ZNode("/config/app/server/port", "8080", 4, 0, 0, null));
	}

	@Test
	void otherZNodesAreKeptWhole() {
		ZNode accented = node("/config/app/greeting", "héllo", 3, 2000);
		ZNode binary = ZNode.of("/config/app/binary", new byte[] { 1, 2 }, 4, 3000);
		ZNode dotted = node("/config/app/server.name", "dotted", 5, 4000);
		ZNode document = node("/config/app/application.yml", "a: 1", 6, 5000);
		for (ZNode node : new ZNode[] { accented, binary, dotted, document }) {
			this.store.put(node);
		}
		this.store.changesTaken();

		assertThat(this.store.get("/config/app/greeting")).isEqualTo(accented);
		assertThat(this.store.sizeOf("/config/app/greeting")).isEqualTo(6);
		assertThat(this.store.get("/config/app/binary")).isEqualTo(binary);
		assertThat(this.store.get("/config/app/server.name")).isEqualTo(dotted);
		assertThat(this.store.get("/config/app/application.yml")).isEqualTo(document);
	}

	@Test
	void aZNodePutAgainIsAChangeOnlyWithAnotherTextOrProblem() {
		this.store.put(node("/config/app/key", "one", 1, 1));
		this.store.changesTaken();
		assertThat(this.store.put(node("/config/app/key", "one", 2, 2))).isFalse();
		assertThat(this.store.put(node("/config/app/key", "two", 3, 3))).isTrue();
		assertThat(this.store.put(ZNode.problem("/config/app/key", 3, 4, 4, "is not readable"))).isTrue();
		assertThat(this.store.put(ZNode.problem("/config/app/key", 3, 5, 5, "is not readable"))).isFalse();
		assertThat(this.store.get("/config/app/key").problem()).isEqualTo("is not readable");
	}

	@Test
	void knowsPathsChildrenAndTheZNodesOfAKey() {
		this.store.put(node("/config/app", "", 1, 1));
		this.store.put(node("/config/app/server", "", 2, 2));
		this.store.put(node("/config/app/server/port", "8080", 3, 3));
		this.store.put(node("/config/app/server.port", "9090", 4, 4));
		this.store.changesTaken();

		assertThat(this.store.paths()).containsExactlyInAnyOrder("/config/app", "/config/app/server",
				"/config/app/server/port", "/config/app/server.port");
		assertThat(this.store.size()).isEqualTo(4);
		assertThat(this.store.hasChildren("/config/app/server")).isTrue();
		assertThat(this.store.hasChildren("/config/app/server/port")).isFalse();
		assertThat(this.store.withKey("server.port")).extracting(ZNode::path)
			.containsExactly("/config/app/server/port", "/config/app/server.port");

		assertThat(this.store.remove("/config/app/server/port")).isTrue();
		assertThat(this.store.remove("/config/app/server/port")).isFalse();
		assertThat(this.store.hasChildren("/config/app/server")).isFalse();
		assertThat(this.store.get("/config/app/server/port")).isNull();
		assertThat(this.store.sizeOf("/config/app/server/port")).isEqualTo(-1);
		assertThat(this.store.withKey("server.port")).extracting(ZNode::path)
			.containsExactly("/config/app/server.port");
	}

	private static ZNode node(String path, String text, long mzxid, long mtime) {
		return ZNode.of(path, text.getBytes(StandardCharsets.UTF_8), mzxid, mtime);
	}

}
