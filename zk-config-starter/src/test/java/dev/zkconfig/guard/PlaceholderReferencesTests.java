package dev.zkconfig.guard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Which keys refer to changed keys through placeholders, in sources other than ZooKeeper
 * contexts (whose snapshots are covered by the integration tests).
 */
class PlaceholderReferencesTests {

	private final PlaceholderReferences references = new PlaceholderReferences();

	private final MutablePropertySources sources = new MutablePropertySources();

	@Test
	void findsReferringKeysThroughChainsDefaultsAndRelaxedNames() {
		add("first", Map.of("url", "https://${my-app.host}/api", "link", "${url}#top"));
		add("second", Map.of("timeout", "${unset:${seconds}}s", "plain", "no placeholder", "number", 42));
		assertThat(this.references.referring(List.of("myApp.host"), this.sources))
			.containsOnly(entry("url", "myApp.host"), entry("link", "myApp.host"));
		assertThat(this.references.referring(List.of("seconds"), this.sources))
			.containsOnly(entry("timeout", "seconds"));
		assertThat(this.references.referring(List.of("plain"), this.sources)).isEmpty();
	}

	@Test
	void aChangedKeyIsNotReportedAsReferringToAnother() {
		add("source", Map.of("a", "${b}", "b", "${a:x}"));
		assertThat(this.references.referring(List.of("a", "b"), this.sources)).isEmpty();
		assertThat(this.references.referring(List.of("b"), this.sources)).containsOnly(entry("a", "b"));
	}

	@Test
	void anEscapedPlaceholderRefersToNothing() {
		add("source", Map.of("literal", "\\${host}", "real", "${host}"));
		assertThat(this.references.referring(List.of("host"), this.sources)).containsOnly(entry("real", "host"));
	}

	@Test
	void aSourceAddedLaterIsRead() {
		add("first", Map.of("url", "${host}"));
		assertThat(this.references.referring(List.of("host"), this.sources)).containsOnly(entry("url", "host"));
		add("second", Map.of("other", "${host}"));
		assertThat(this.references.referring(List.of("host"), this.sources)).containsOnly(entry("url", "host"),
				entry("other", "host"));
	}

	private void add(String name, Map<String, Object> properties) {
		this.sources.addLast(new MapPropertySource(name, new LinkedHashMap<>(properties)));
	}

}
