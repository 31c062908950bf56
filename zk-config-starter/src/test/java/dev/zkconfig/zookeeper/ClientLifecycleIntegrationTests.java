package dev.zkconfig.zookeeper;

import dev.zkconfig.ZkTestApp;
import dev.zkconfig.ZkTestSupport;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.imps.CuratorFrameworkState;
import org.apache.curator.retry.RetryOneTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Closing the application context leaves no ZooKeeper session or thread of ours behind,
 * and never closes a client the application supplied; a supplied client is used as it is,
 * namespace included.
 */
class ClientLifecycleIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@BeforeAll
	static void createNodes() {
		zk.set("/config/lifecycle/greeting/message", "hi");
	}

	@Test
	void closingTheContextClosesTheClientItCreated() {
		CuratorFramework curator;
		try (ConfigurableApplicationContext context = zk.run("lifecycle")) {
			curator = context.getBean(ZkConfigClient.class).getCurator();
			assertThat(context.getBean("configDataCuratorFramework")).isSameAs(curator);
			assertThat(curator.getState()).isEqualTo(CuratorFrameworkState.STARTED);
			assertThat(pipelineThreads()).isPositive();
		}
		assertThat(curator.getState()).isEqualTo(CuratorFrameworkState.STOPPED);
		await().until(() -> pipelineThreads() == 0);
	}

	@Test
	void aClientRegisteredInTheBootstrapContextIsUsedAndLeftOpen() {
		try (CuratorFramework supplied = CuratorFrameworkFactory.newClient(zk.connectString(), new RetryOneTime(100))) {
			supplied.start();
			try (ConfigurableApplicationContext context = runWith(supplied, "lifecycle")) {
				assertThat(context.getBean(ZkConfigClient.class).getCurator()).isSameAs(supplied);
				assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("hi");
			}
			assertThat(supplied.getState()).isEqualTo(CuratorFrameworkState.STARTED);
		}
	}

	@Test
	void theNamespaceOfASuppliedClientHoldsTheContexts() {
		zk.set("/tenant/config/namespaced/greeting/message", "in the namespace");
		try (CuratorFramework supplied = CuratorFrameworkFactory.builder()
			.connectString(zk.connectString())
			.retryPolicy(new RetryOneTime(100))
			.namespace("tenant")
			.build()) {
			supplied.start();
			try (ConfigurableApplicationContext context = runWith(supplied, "namespaced")) {
				ZkTestApp.Greeter greeter = context.getBean(ZkTestApp.Greeter.class);
				assertThat(greeter.getMessage()).isEqualTo("in the namespace");
				zk.set("/tenant/config/namespaced/greeting/message", "changed in the namespace");
				await().untilAsserted(() -> assertThat(greeter.getMessage()).isEqualTo("changed in the namespace"));
			}
		}
	}

	/** Run the test application with a client registered in its bootstrap context. */
	private static ConfigurableApplicationContext runWith(CuratorFramework supplied, String appName) {
		return new SpringApplicationBuilder(ZkTestApp.class).web(WebApplicationType.NONE)
			.properties("zkconfig.snapshot.enabled=false", "spring.application.name=" + appName,
					"spring.config.import=zookeeper:")
			.addBootstrapRegistryInitializer(
					(registry) -> registry.register(CuratorFramework.class, InstanceSupplier.of(supplied)))
			.run();
	}

	private static long pipelineThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().equals("zkconfig-pipeline"))
			.count();
	}

}
