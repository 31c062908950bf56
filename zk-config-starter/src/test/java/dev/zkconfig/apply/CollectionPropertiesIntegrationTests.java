package dev.zkconfig.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.zkconfig.ZkTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

/**
 * Lists and maps of a {@code @ConfigurationProperties} bean follow ZooKeeper: they grow,
 * shrink and lose entries as their znodes are created and deleted.
 */
class CollectionPropertiesIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void listsAndMapsGrowAndShrinkWithTheirZNodes() {
		zk.set("/config/collections/cluster/hosts[0]", "a");
		zk.set("/config/collections/cluster/hosts[1]", "b");
		zk.set("/config/collections/cluster/labels/zone", "eu");
		zk.set("/config/collections/cluster/labels/tier", "gold");
		try (ConfigurableApplicationContext context = zk.run(ClusterApp.class, "collections")) {
			Cluster cluster = context.getBean(Cluster.class);
			assertThat(cluster.getHosts()).containsExactly("a", "b");
			assertThat(cluster.getLabels()).containsOnly(entry("zone", "eu"), entry("tier", "gold"));
			zk.set("/config/collections/cluster/hosts[2]", "c");
			zk.set("/config/collections/cluster/labels/rack", "r1");
			await().untilAsserted(() -> {
				assertThat(cluster.getHosts()).containsExactly("a", "b", "c");
				assertThat(cluster.getLabels()).containsOnly(entry("zone", "eu"), entry("tier", "gold"),
						entry("rack", "r1"));
			});
			zk.delete("/config/collections/cluster/hosts[2]");
			zk.delete("/config/collections/cluster/hosts[1]");
			zk.delete("/config/collections/cluster/labels/tier");
			await().untilAsserted(() -> {
				assertThat(cluster.getHosts()).containsExactly("a");
				assertThat(cluster.getLabels()).containsOnly(entry("zone", "eu"), entry("rack", "r1"));
			});
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableConfigurationProperties(Cluster.class)
	static class ClusterApp {

	}

	/** A list and a map. */
	@ConfigurationProperties("cluster")
	public static class Cluster {

		private List<String> hosts = new ArrayList<>();

		private Map<String, String> labels = new LinkedHashMap<>();

		public List<String> getHosts() {
			return this.hosts;
		}

		public void setHosts(List<String> hosts) {
			this.hosts = hosts;
		}

		public Map<String, String> getLabels() {
			return this.labels;
		}

		public void setLabels(Map<String, String> labels) {
			this.labels = labels;
		}

	}

}
