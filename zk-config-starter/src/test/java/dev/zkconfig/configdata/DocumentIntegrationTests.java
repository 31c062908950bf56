package dev.zkconfig.configdata;

import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.guard.GuardTestApp;
import dev.zkconfig.guard.GuardTestApp.Counter;
import dev.zkconfig.guard.GuardTestApp.Events;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.source.ZkPropertySource;
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
 * Whole documents in znodes: loaded at startup with Spring Boot's rules for profiles and
 * precedence, switched as one unit when they change, and a malformed one stops the
 * application unless fail-fast is off.
 */
@ExtendWith(OutputCaptureExtension.class)
class DocumentIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void documentsOfEveryFormatLoadWithTheirPrecedenceAndProfiles() {
		zk.set("/config/docs/a.yml", """
				counter:
				  label: from-yaml
				  size: 1
				limits.name: from-yaml
				---
				spring.config.activate.on-profile: dev
				counter.size: 2
				""");
		zk.set("/config/docs/b.properties", "limits.name=from-properties\n");
		zk.set("/config/docs/c.json", "{\"pool\": {\"size\": 9}}");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "docs",
				"spring.profiles.active=dev")) {
			assertThat(context.getBean(Counter.class).label()).isEqualTo("from-yaml");
			assertThat(context.getBean(Counter.class).size()).isEqualTo(2);
			assertThat(context.getBean(GuardTestApp.Limits.class).getName()).isEqualTo("from-properties");
			assertThat(context.getBean(GuardTestApp.Pool.class).getSize()).isEqualTo(9);
			ZkPropertySource source = (ZkPropertySource) context.getEnvironment()
				.getPropertySources()
				.stream()
				.filter((candidate) -> candidate instanceof ZkPropertySource zkSource
						&& zkSource.getContextPath().equals("/config/docs"))
				.findFirst()
				.orElseThrow();
			assertThat(source.getSnapshot().getOrigin("limits.name")).isEqualTo("/config/docs/b.properties");
		}
	}

	@Test
	void aDocumentChangeSwitchesAllItsKeysInOneRefresh() {
		zk.set("/config/onedoc/application.yml", "counter:\n  label: one\n  size: 1\nlimits.max: 11\n");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "onedoc")) {
			Events events = context.getBean(Events.class);
			zk.set("/config/onedoc/application.yml", "counter:\n  label: two\n  size: 2\nlimits.max: 22\n");
			await().untilAsserted(() -> assertThat(context.getBean(Counter.class).label()).isEqualTo("two"));
			assertThat(events.changes()).singleElement()
				.satisfies((event) -> assertThat(event.getKeys()).containsExactlyInAnyOrder("counter.label",
						"counter.size", "limits.max"));
			assertThat(context.getBean(GuardTestApp.Limits.class).getMax()).isEqualTo(22);
		}
	}

	@Test
	void aMalformedDocumentAtStartupStopsTheApplicationNamingTheZNodeAndTheError(CapturedOutput output) {
		zk.set("/config/badstart/application.yml", "counter:\n  label: [unclosed\n");
		assertThatExceptionOfType(ZkConfigDocumentException.class)
			.isThrownBy(() -> zk.run(GuardTestApp.class, "badstart").close())
			.withMessageContaining("/config/badstart/application.yml")
			.withMessageContaining("malformed YAML")
			.withMessageContaining("line 3");
		assertThat(output).contains("spring.cloud.zookeeper.config.fail-fast=false");
	}

	@Test
	void withFailFastOffAMalformedDocumentIsRecordedAndItsFixApplied() {
		zk.set("/config/softstart/application.yml", "counter:\n  label: [unclosed\n");
		zk.set("/config/softstart/limits/name", "from-key");
		try (ConfigurableApplicationContext context = zk.run(GuardTestApp.class, "softstart",
				"spring.cloud.zookeeper.config.fail-fast=false")) {
			assertThat(context.getBean(Counter.class).label()).isEqualTo("none");
			assertThat(context.getBean(GuardTestApp.Limits.class).getName()).isEqualTo("from-key");
			assertThat(context.getBean(Rejections.class).getStanding()).singleElement()
				.satisfies((rejection) -> assertThat(rejection.path()).isEqualTo("/config/softstart/application.yml"));
			zk.set("/config/softstart/application.yml", "counter:\n  label: fixed\n");
			await().untilAsserted(() -> assertThat(context.getBean(Counter.class).label()).isEqualTo("fixed"));
			assertThat(context.getBean(Rejections.class).getStanding()).isEmpty();
		}
	}

}
