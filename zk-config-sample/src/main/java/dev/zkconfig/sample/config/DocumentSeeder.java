package dev.zkconfig.sample.config;

import java.io.IOException;
import java.io.InputStream;

import dev.zkconfig.embedded.EmbeddedZooKeeper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Creates the sample's whole YAML document, the znode {@code application.yml} of the
 * application's context ({@code /config/sample/application.yml}), from
 * {@code zk-seed-application.yml} when it is missing, on the embedded server only, as the
 * seed file's znodes are. Existing data is never changed.
 * <p>
 * The seed file ({@code zkconfig.embedded.seed}) cannot hold it: its keys are znode paths
 * with {@code '.'} as the separator, so {@code application.yml} would become the znode
 * {@code application/yml}. Being created once the application runs, the document arrives
 * as a change, checked and applied like any other.
 */
@Component
public class DocumentSeeder implements ApplicationRunner {

	static final String DOCUMENT_NAME = "application.yml";

	private static final Log logger = LogFactory.getLog(DocumentSeeder.class);

	private final Resource document = new ClassPathResource("zk-seed-application.yml");

	private final CuratorFramework curator;

	private final ObjectProvider<EmbeddedZooKeeper> embedded;

	private final ConfigWriter writer;

	public DocumentSeeder(CuratorFramework curator, ObjectProvider<EmbeddedZooKeeper> embedded, ConfigWriter writer) {
		this.curator = curator;
		this.embedded = embedded;
		this.writer = writer;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (this.embedded.getIfAvailable() == null) {
			return;
		}
		String path = this.writer.getContextPath() + "/" + DOCUMENT_NAME;
		try {
			this.curator.create().creatingParentsIfNeeded().forPath(path, read());
			logger.info("Created the YAML document " + path + " in the embedded ZooKeeper");
		}
		catch (KeeperException.NodeExistsException ex) {
			// kept as it is, like every seeded znode
		}
	}

	private byte[] read() throws IOException {
		try (InputStream input = this.document.getInputStream()) {
			return input.readAllBytes();
		}
	}

}
