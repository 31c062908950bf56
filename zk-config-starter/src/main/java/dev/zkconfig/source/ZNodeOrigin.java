package dev.zkconfig.source;

import org.springframework.boot.origin.Origin;

/**
 * The znode a property comes from, shown where Spring Boot reports a property's origin.
 *
 * @param path the znode's path: a key znode or a document
 */
public record ZNodeOrigin(String path) implements Origin {

	@Override
	public String toString() {
		return "ZooKeeper znode '" + this.path + "'";
	}

}
