package dev.zkconfig.configdata;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.config.ConfigDataLocation;
import org.springframework.util.StringUtils;

/**
 * A parsed {@code zookeeper:} import: {@code zookeeper:}, {@code zookeeper:host:port} or
 * {@code zookeeper:host:port/ctx1;/ctx/two}. Parsed without {@code spring-web}, and a
 * comma-separated ensemble ({@code zookeeper:h1:2181,h2:2181}) is accepted.
 *
 * @param connectString the connect string given in the import, or {@code null} to use
 * {@code spring.cloud.zookeeper.connect-string}
 * @param contexts the contexts given in the import, empty for the automatic ones
 */
record ZkConfigLocation(@Nullable String connectString, List<String> contexts) {

	static final String PREFIX = "zookeeper:";

	static ZkConfigLocation parse(ConfigDataLocation location) {
		String value = location.getNonPrefixedValue(PREFIX).trim();
		if (value.startsWith("//")) {
			value = value.substring(2);
		}
		int pathStart = value.indexOf('/');
		String hosts = (pathStart < 0) ? value : value.substring(0, pathStart);
		String paths = (pathStart < 0) ? "" : value.substring(pathStart);
		List<String> contexts = Arrays.stream(paths.split(";")).map(String::trim).filter(StringUtils::hasText).toList();
		if (!hosts.isEmpty()) {
			validateHosts(location, hosts);
		}
		return new ZkConfigLocation(hosts.isEmpty() ? null : hosts, contexts);
	}

	private static void validateHosts(ConfigDataLocation location, String hosts) {
		for (String host : hosts.split(",")) {
			int colon = host.lastIndexOf(':');
			String port = (colon < 0) ? "" : host.substring(colon + 1);
			if (colon <= 0 || !port.chars().allMatch(Character::isDigit) || port.isEmpty()) {
				throw new ZkConfigImportException("Invalid ZooKeeper address '" + host + "' in spring.config.import '"
						+ location + "': expected host:port, for example zookeeper:localhost:2181");
			}
		}
	}

}
