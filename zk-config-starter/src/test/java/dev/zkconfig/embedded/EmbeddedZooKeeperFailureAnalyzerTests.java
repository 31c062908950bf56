package dev.zkconfig.embedded;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class EmbeddedZooKeeperFailureAnalyzerTests {

	private final EmbeddedZooKeeperFailureAnalyzer analyzer = new EmbeddedZooKeeperFailureAnalyzer();

	@Test
	void aPortInUseNamesThePortProperty() throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			FailureAnalysis analysis = this.analyzer
				.analyze(catchThrowable(() -> EmbeddedZooKeeper.start(taken.getLocalPort(), null)));
			assertThat(analysis.getDescription()).isEqualTo(
					"Port " + taken.getLocalPort() + " is already in use, so the embedded ZooKeeper cannot start");
			assertThat(analysis.getAction()).isEqualTo("Set zkconfig.embedded.port to another port (0 picks a free "
					+ "one), or set zkconfig.embedded.enabled=false to use the ZooKeeper that is running there");
		}
	}

	@Test
	void aMissingSeedFileNamesTheSeedProperty() {
		FailureAnalysis analysis = this.analyzer
			.analyze(catchThrowable(() -> ZNodeSeeder.read(new ClassPathResource("embedded/missing.yml"))));
		assertThat(analysis.getDescription())
			.isEqualTo("Seed file class path resource [embedded/missing.yml] does " + "not exist");
		assertThat(analysis.getAction())
			.isEqualTo("Fix the seed file, or set zkconfig.embedded.seed to another one (or leave it unset)");
	}

	@Test
	void aMalformedSeedFileSaysSo() {
		ByteArrayResource malformed = new ByteArrayResource("config: [unclosed".getBytes(), "seed") {

			@Override
			public String getFilename() {
				return "seed.yml";
			}

		};
		FailureAnalysis analysis = this.analyzer.analyze(catchThrowable(() -> ZNodeSeeder.read(malformed)));
		assertThat(analysis.getDescription()).startsWith("Cannot read seed file Byte array resource [seed]: ")
			.contains("while parsing a flow sequence");
		assertThat(analysis.getAction()).contains("zkconfig.embedded.seed");
	}

}
