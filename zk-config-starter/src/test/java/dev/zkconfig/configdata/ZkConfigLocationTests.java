package dev.zkconfig.configdata;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.config.ConfigDataLocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ZkConfigLocationTests {

	@Test
	void bareImportUsesTheConfiguredAddressAndAutomaticContexts() {
		ZkConfigLocation location = parse("zookeeper:");
		assertThat(location.connectString()).isNull();
		assertThat(location.contexts()).isEmpty();
	}

	@Test
	void hostAndPortOverrideTheAddress() {
		assertThat(parse("zookeeper:zk1:2181").connectString()).isEqualTo("zk1:2181");
		assertThat(parse("optional:zookeeper://zk1:2181").connectString()).isEqualTo("zk1:2181");
	}

	@Test
	void ensemblesAreAccepted() {
		assertThat(parse("zookeeper:zk1:2181,zk2:2182/app").connectString()).isEqualTo("zk1:2181,zk2:2182");
	}

	@Test
	void pathsListExplicitContextsInOrder() {
		ZkConfigLocation location = parse("zookeeper:localhost:2181/ctx1;/ctx/two");
		assertThat(location.contexts()).containsExactly("/ctx1", "/ctx/two");
		assertThat(parse("zookeeper:/only").contexts()).containsExactly("/only");
		assertThat(parse("zookeeper:/only").connectString()).isNull();
	}

	@Test
	void hostWithoutPortIsRejectedWithAnExample() {
		assertThatExceptionOfType(ZkConfigImportException.class).isThrownBy(() -> parse("zookeeper:zk1"))
			.withMessageContaining("Invalid ZooKeeper address 'zk1'")
			.withMessageContaining("zookeeper:localhost:2181");
	}

	private static ZkConfigLocation parse(String location) {
		return ZkConfigLocation.parse(ConfigDataLocation.of(location));
	}

}
