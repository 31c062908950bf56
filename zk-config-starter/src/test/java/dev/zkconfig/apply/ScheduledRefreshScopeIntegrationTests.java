package dev.zkconfig.apply;

import java.util.ArrayList;
import java.util.List;

import dev.zkconfig.ZkTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A {@code @Scheduled} method of a {@code @RefreshScope} bean keeps running after a
 * change, on the new instance only: the new instance is created at once, not on its first
 * call (which a scheduled bean may never get), and the old one's tasks end with it.
 */
class ScheduledRefreshScopeIntegrationTests {

	@RegisterExtension
	static final ZkTestSupport zk = new ZkTestSupport();

	@Test
	void aScheduledMethodRunsOnTheNewInstanceOnly() {
		zk.set("/config/scheduled/poll/target", "first");
		try (ConfigurableApplicationContext context = zk.run(ScheduledApp.class, "scheduled")) {
			Polls polls = context.getBean(Polls.class);
			await().until(() -> polls.count("first") > 0);
			zk.set("/config/scheduled/poll/target", "second");
			await().until(() -> polls.count("second") > 0);
			// the round ends once the old instance is destroyed
			await().until(context.getBean(ChangePipeline.class)::isIdle);
			int firstRuns = polls.count("first");
			// a few more runs: none of them by the old instance
			int secondRuns = polls.count("second");
			await().until(() -> polls.count("second") >= secondRuns + 5);
			assertThat(polls.count("first")).isEqualTo(firstRuns);
		}
	}

	@Test
	void aKeyReadByAPlaceholderInAnAnnotationRefreshesTheBean() {
		zk.set("/config/rescheduled/poll/target", "steady");
		zk.set("/config/rescheduled/poll/delay", "600000");
		try (ConfigurableApplicationContext context = zk.run(ScheduledApp.class, "rescheduled")) {
			Polls polls = context.getBean(Polls.class);
			// once at start, then not for ten minutes
			await().until(() -> polls.count("delayed") == 1);
			zk.set("/config/rescheduled/poll/delay", "10");
			await().until(() -> polls.count("delayed") > 5);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableScheduling
	static class ScheduledApp {

		@Bean
		Polls polls() {
			return new Polls();
		}

		@Bean
		@RefreshScope
		Poller poller(@Value("${poll.target}") String target, Polls polls) {
			return new Poller(target, polls);
		}

		@Bean
		@RefreshScope
		DelayedPoller delayedPoller(Polls polls) {
			return new DelayedPoller(polls);
		}

	}

	static class Poller {

		private final String target;

		private final Polls polls;

		Poller(String target, Polls polls) {
			this.target = target;
			this.polls = polls;
		}

		@Scheduled(fixedDelay = 10)
		void poll() {
			this.polls.add(this.target);
		}

	}

	/** Polls as often as a key says, which only its annotation reads. */
	static class DelayedPoller {

		private final Polls polls;

		DelayedPoller(Polls polls) {
			this.polls = polls;
		}

		@Scheduled(fixedDelayString = "${poll.delay:600000}")
		void poll() {
			this.polls.add("delayed");
		}

	}

	/** The targets polled, in order. */
	static class Polls {

		private final List<String> targets = new ArrayList<>();

		synchronized void add(String target) {
			this.targets.add(target);
		}

		synchronized int count(String target) {
			return (int) this.targets.stream().filter(target::equals).count();
		}

	}

}
