package dev.zkconfig.apply;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.zkconfig.ZkTestApp;
import dev.zkconfig.ZkTestSupport;
import dev.zkconfig.guard.Rejection;
import dev.zkconfig.guard.Rejections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A key whose value refers to a changed key through a placeholder ({@code url=${host}/x})
 * changes with it: whatever reads it is checked and updated as if it had changed itself,
 * in whichever property source it is defined, through chains of such keys.
 */
class ReferencingKeysIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void whatReadsAKeyReferringToAChangedKeyIsUpdated() {
		zk.set("/config/referring/host", "h1");
		zk.set("/config/referring/url", "https://${host}/api");
		zk.set("/config/referring/greeting/message", "${url}/greet");
		zk.set("/config/referring/app/title", "${host} title");
		try (ConfigurableApplicationContext context = zk.run(ReferringApp.class, "referring",
				"app.labels.origin=${host}-default")) {
			ZkTestApp.Greeter greeter = context.getBean(ZkTestApp.Greeter.class);
			ZkTestApp.AppProperties properties = context.getBean(ZkTestApp.AppProperties.class);
			UrlHolder holder = context.getBean(UrlHolder.class);
			assertThat(greeter.getMessage()).isEqualTo("https://h1/api/greet");
			assertThat(holder.url).isEqualTo("https://h1/api");
			assertThat(properties.getLabels()).containsEntry("origin", "h1-default");

			zk.set("/config/referring/host", "h2");
			await().untilAsserted(() -> {
				assertThat(holder.url).isEqualTo("https://h2/api");
				assertThat(greeter.getMessage()).isEqualTo("https://h2/api/greet");
				assertThat(properties.getTitle()).isEqualTo("h2 title");
				assertThat(properties.getLabels()).containsEntry("origin", "h2-default");
			});
			// zk-config's event lists what changed in ZooKeeper, Spring Cloud's every key
			// whose value changed
			ZkTestApp.ChangeEvents events = context.getBean(ZkTestApp.ChangeEvents.class);
			assertThat(events.all()).singleElement()
				.satisfies((event) -> assertThat(event.getKeys()).containsExactly("host"));
			assertThat(context.getBean(EnvironmentChanges.class).keys).containsExactlyInAnyOrder("host", "url",
					"greeting.message", "app.title", "app.labels.origin");
		}
	}

	@Test
	void aChangeThatAKeyReferringToItCannotTakeIsRejected() {
		zk.set("/config/checked/seconds", "5");
		zk.set("/config/checked/timeout", "${seconds}s");
		zk.set("/config/checked/host", "h1");
		zk.set("/config/checked/url", "https://${host}/api");
		try (ConfigurableApplicationContext context = zk.run(ReferringApp.class, "checked")) {
			Rejections rejections = context.getBean(Rejections.class);
			UrlHolder holder = context.getBean(UrlHolder.class);
			assertThat(holder.timeout).hasSeconds(5);

			zk.set("/config/checked/seconds", "five");
			await().until(rejections::getStanding, (standing) -> !standing.isEmpty());
			assertThat(rejections.getStanding()).singleElement().satisfies((rejection) -> {
				assertThat(rejection.key()).isEqualTo("seconds");
				assertThat(rejection.path()).isEqualTo("/config/checked/seconds");
				assertThat(rejection.target()).contains("field 'timeout'", "through key 'timeout'");
			});
			assertThat(context.getEnvironment().getProperty("seconds")).isEqualTo("5");

			zk.delete("/config/checked/host");
			await().until(rejections::getStanding,
					(standing) -> standing.stream().anyMatch((rejection) -> rejection.key().equals("host")));
			assertThat(rejections.getStanding()).filteredOn((rejection) -> rejection.key().equals("host"))
				.extracting(Rejection::target)
				.contains("the Environment through key 'url', which refers to it");
			assertThat(context.getEnvironment().getProperty("url")).isEqualTo("https://h1/api");
			assertThat(holder.url).isEqualTo("https://h1/api");
		}
	}

	@Test
	void aRejectedChangeIsAcceptedOnceTheKeyReferringToItNoLongerNeedsIt() {
		zk.set("/config/retried/host", "h1");
		zk.set("/config/retried,dev/url", "https://${host}/api");
		try (ConfigurableApplicationContext context = zk.run(ReferringApp.class, "retried",
				"spring.profiles.active=dev")) {
			Rejections rejections = context.getBean(Rejections.class);
			UrlHolder holder = context.getBean(UrlHolder.class);
			zk.delete("/config/retried/host");
			await().until(rejections::getStanding, (standing) -> !standing.isEmpty());
			assertThat(context.getEnvironment().getProperty("host")).isEqualTo("h1");

			// the fix is in another context: the deletion, still in ZooKeeper, goes
			// through
			zk.set("/config/retried,dev/url", "https://fixed/api");
			await().untilAsserted(() -> {
				assertThat(holder.url).isEqualTo("https://fixed/api");
				assertThat(context.getEnvironment().containsProperty("host")).isFalse();
				assertThat(rejections.getStanding()).isEmpty();
			});
		}
	}

	@Test
	void aReferringKeyThatASourceOfHigherPrecedenceHidesDoesNotChange() {
		zk.set("/config/hidden/host", "h1");
		zk.set("/config/hidden/url", "https://${host}/api");
		zk.set("/config/hidden,dev/url", "https://fixed/api");
		try (ConfigurableApplicationContext context = zk.run(ReferringApp.class, "hidden", "spring.profiles.active=dev",
				"greeting.message=${url}/greet")) {
			Rejections rejections = context.getBean(Rejections.class);
			EnvironmentChanges changes = context.getBean(EnvironmentChanges.class);
			zk.delete("/config/hidden/host");
			await().untilAsserted(() -> assertThat(changes.keys).contains("host"));
			assertThat(rejections.getStanding()).isEmpty();
			assertThat(changes.keys).containsExactly("host");
			assertThat(context.getBean(UrlHolder.class).url).isEqualTo("https://fixed/api");
		}
	}

	@Test
	void aStandingRejectionIsNotReportedAgainWhileItStillFails() {
		zk.set("/config/still/seconds", "5");
		zk.set("/config/still/timeout", "${seconds}s");
		zk.set("/config/still/url", "https://fixed/api");
		try (ConfigurableApplicationContext context = zk.run(ReferringApp.class, "still")) {
			Rejections rejections = context.getBean(Rejections.class);
			zk.set("/config/still/seconds", "five");
			await().until(rejections::getRecent, (recent) -> recent.size() == 1);
			zk.set("/config/still/app/title", "accepted");
			ZkTestApp.AppProperties properties = context.getBean(ZkTestApp.AppProperties.class);
			await().untilAsserted(() -> assertThat(properties.getTitle()).isEqualTo("accepted"));
			assertThat(rejections.getRecent()).hasSize(1);
			assertThat(rejections.getStanding()).extracting(Rejection::key).containsExactly("seconds");
			assertThat(context.getEnvironment().getProperty("seconds")).isEqualTo("5");
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ReferringApp extends ZkTestApp {

		@Bean
		UrlHolder urlHolder() {
			return new UrlHolder();
		}

		@Bean
		EnvironmentChanges environmentChanges() {
			return new EnvironmentChanges();
		}

	}

	static class EnvironmentChanges {

		final Set<String> keys = ConcurrentHashMap.newKeySet();

		@EventListener
		void onChange(EnvironmentChangeEvent event) {
			this.keys.addAll(event.getKeys());
		}

	}

	static class UrlHolder {

		@Value("${url}")
		String url;

		@Value("${timeout:1s}")
		java.time.Duration timeout;

	}

}
