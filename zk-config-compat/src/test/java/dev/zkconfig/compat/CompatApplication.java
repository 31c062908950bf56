package dev.zkconfig.compat;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The smallest application with the starter: its configuration comes from ZooKeeper.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class CompatApplication {

	static final String NAME = "compat";

	/**
	 * An application (no web server) that imports its configuration from the given
	 * server.
	 * @param connectString the server's address
	 * @param properties more properties, as {@code key=value}
	 * @return the application, to run
	 */
	static SpringApplicationBuilder against(String connectString, String... properties) {
		return new SpringApplicationBuilder(CompatApplication.class).web(WebApplicationType.NONE)
			.properties("spring.application.name=" + NAME, "spring.config.import=zookeeper:",
					"spring.cloud.zookeeper.connect-string=" + connectString,
					// these tests are about the servers: no local snapshot in the user's
					// home
					"zkconfig.snapshot.enabled=false")
			.properties(properties);
	}

}
