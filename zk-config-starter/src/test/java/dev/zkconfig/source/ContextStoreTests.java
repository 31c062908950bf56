package dev.zkconfig.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.curator.framework.recipes.cache.ChildData;
import org.apache.zookeeper.data.Stat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContextStoreTests {

	private final List<String> changes = new ArrayList<>();

	private final ContextStore store = new ContextStore("/config/app",
			(key, oldValue, newValue) -> this.changes.add(key + ":" + oldValue + "->" + newValue));

	@Test
	void mapsPathsBelowTheContextToDottedKeys() {
		assertThat(this.store.keyOf("/config/app/server/port")).isEqualTo("server.port");
		assertThat(this.store.keyOf("/config/app/server.port")).isEqualTo("server.port");
		assertThat(this.store.keyOf("/config/app")).isNull();
		assertThat(this.store.keyOf("/config/application/x")).isNull();
	}

	@Test
	void contextNodeIsStoredButIsNoProperty() {
		put("/config/app", "root-data", 0);
		assertThat(this.store.getPropertyNames()).isEmpty();
		assertThat(this.store.get("/config/app")).isPresent();
		assertThat(this.store.size()).isEqualTo(1);
		assertThat(this.changes).isEmpty();
	}

	@Test
	void emptyNodeIsAPropertyOnlyWhileItHasNoChildren() {
		put("/config/app/parent", "", 0);
		assertThat(this.store.getValue("parent")).isEmpty();
		put("/config/app/parent/child", "c", 0);
		assertThat(this.store.getValue("parent")).isNull();
		assertThat(this.store.getPropertyNames()).containsExactly("parent.child");
		this.store.remove("/config/app/parent/child");
		assertThat(this.store.getValue("parent")).isEmpty();
		assertThat(this.changes).containsExactly("parent:null->", "parent.child:null->c", "parent:->null",
				"parent.child:c->null", "parent:null->");
	}

	@Test
	void nodeWithDataAndChildrenGivesBoth() {
		put("/config/app/parent", "p", 0);
		put("/config/app/parent/child", "c", 0);
		assertThat(this.store.getPropertyNames()).containsExactlyInAnyOrder("parent", "parent.child");
	}

	@Test
	void reportsUpdatesButNotRewritesOfTheSameValue() {
		put("/config/app/a", "1", 0);
		put("/config/app/a", "1", 1);
		put("/config/app/a", "2", 2);
		assertThat(this.changes).containsExactly("a:null->1", "a:1->2");
	}

	@Test
	void returnsThePreviousNodeWithItsVersionsAsCuratorCacheExpects() {
		put("/config/app/a", "1", 3);
		ChildData previous = put("/config/app/a", "2", 4);
		assertThat(previous.getPath()).isEqualTo("/config/app/a");
		assertThat(previous.getStat().getVersion()).isEqualTo(3);
		assertThat(new String(previous.getData(), StandardCharsets.UTF_8)).isEqualTo("1");
		assertThat(this.store.remove("/config/app/a")).hasValueSatisfying(
				(removed) -> assertThat(new String(removed.getData(), StandardCharsets.UTF_8)).isEqualTo("2"));
		assertThat(this.store.remove("/config/app/a")).isEmpty();
	}

	@Test
	void keyCollisionKeepsTheFirstAndPromotesTheOtherOnDelete() {
		put("/config/app/server/port", "8080", 0);
		put("/config/app/server.port", "9090", 0);
		assertThat(this.store.getValue("server.port")).isEqualTo("8080");
		assertThat(this.store.get("/config/app/server.port")).isPresent();
		assertThat(this.store.stream().map(ChildData::getPath)).contains("/config/app/server/port",
				"/config/app/server.port");
		this.store.remove("/config/app/server/port");
		assertThat(this.store.getValue("server.port")).isEqualTo("9090");
		assertThat(this.changes).contains("server.port:8080->9090");
	}

	@Test
	void dottedNodeNamesKeepTheirPath() {
		put("/config/app/spring.datasource.url", "jdbc:x", 0);
		assertThat(this.store.stream().map(ChildData::getPath)).containsExactly("/config/app/spring.datasource.url");
		assertThat(this.store.get("/config/app/spring/datasource/url")).isEmpty();
	}

	@Test
	void propertyNamesFollowAddsAndDeletes() {
		put("/config/app/a", "1", 0);
		String[] first = this.store.getPropertyNames();
		put("/config/app/a", "2", 1);
		assertThat(this.store.getPropertyNames()).isSameAs(first);
		put("/config/app/b", "1", 0);
		assertThat(this.store.getPropertyNames()).containsExactlyInAnyOrder("a", "b");
		this.store.remove("/config/app/a");
		assertThat(this.store.getPropertyNames()).containsExactly("b");
	}

	private ChildData put(String path, String value, int version) {
		Stat stat = new Stat();
		stat.setVersion(version);
		return this.store.put(new ChildData(path, stat, value.getBytes(StandardCharsets.UTF_8))).orElse(null);
	}

}
