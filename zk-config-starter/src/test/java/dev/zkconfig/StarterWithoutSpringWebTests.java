package dev.zkconfig;

import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An application with our starter alone starts without {@code spring-web}, which the
 * stock resolver needs but does not declare. Surefire runs this class in an execution of
 * its own whose classpath leaves spring-web out.
 */
class StarterWithoutSpringWebTests {

	@Test
	void startsAndWatchesWithoutSpringWeb() throws Exception {
		assertThat(ClassUtils.isPresent("org.springframework.web.util.UriComponents", null)).isFalse();
		try (ZkTestSupport zk = ZkTestSupport.start()) {
			zk.set("/config/plain/greeting/message", "no-web");
			try (ConfigurableApplicationContext context = zk.run("plain")) {
				assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage()).isEqualTo("no-web");
				zk.set("/config/plain/greeting/message", "still-no-web");
				await().untilAsserted(() -> assertThat(context.getBean(ZkTestApp.Greeter.class).getMessage())
					.isEqualTo("still-no-web"));
			}
		}
	}

}
