package dev.zkconfig.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions of the libraries on the class path, read from their jar names.
 */
final class Versions {

	private static final Pattern VERSIONED_JAR = Pattern.compile(".*?-(\\d+(\\.\\d+)*[^/]*)\\.jar");

	private Versions() {
	}

	static String of(String className) {
		try {
			Class<?> type = Class.forName(className, false, Versions.class.getClassLoader());
			Path location = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
			Matcher matcher = VERSIONED_JAR.matcher(location.getFileName().toString());
			return matcher.matches() ? matcher.group(1) : "?";
		}
		catch (Exception ex) {
			return "?";
		}
	}

	static String summary() {
		return "Spring Boot " + of("org.springframework.boot.SpringApplication") + ", Spring Framework "
				+ of("org.springframework.context.ApplicationContext") + ", Spring Cloud Commons "
				+ of("org.springframework.cloud.context.scope.refresh.RefreshScope")
				+ ", Spring Cloud Zookeeper Config (stock) "
				+ of("org.springframework.cloud.zookeeper.config.ConfigWatcher") + ", Curator "
				+ of("org.apache.curator.framework.CuratorFramework") + ", ZooKeeper "
				+ of("org.apache.zookeeper.ZooKeeper");
	}

}
