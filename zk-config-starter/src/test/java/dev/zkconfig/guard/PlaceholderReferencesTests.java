package dev.zkconfig.guard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
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
		assertThat(referring(List.of("myApp.host"))).containsOnly(entry("url", "myApp.host"),
				entry("link", "myApp.host"));
		assertThat(referring(List.of("seconds"))).containsOnly(entry("timeout", "seconds"));
		assertThat(referring(List.of("plain"))).isEmpty();
	}

	@Test
	void aChangedKeyIsNotReportedAsReferringToAnother() {
		add("source", Map.of("a", "${b}", "b", "${a:x}"));
		assertThat(referring(List.of("a", "b"))).isEmpty();
		assertThat(referring(List.of("b"))).containsOnly(entry("a", "b"));
	}

	@Test
	void anEscapedPlaceholderRefersToNothing() {
		add("source", Map.of("literal", "\\${host}", "real", "${host}"));
		assertThat(referring(List.of("host"))).containsOnly(entry("real", "host"));
	}

	@Test
	void aSourceAddedLaterIsRead() {
		add("first", Map.of("url", "${host}"));
		assertThat(referring(List.of("host"))).containsOnly(entry("url", "host"));
		add("second", Map.of("other", "${host}"));
		assertThat(referring(List.of("host"))).containsOnly(entry("url", "host"), entry("other", "host"));
	}

	@Test
	void aReferringKeyThatASourceOfHigherPrecedenceHidesInAnyFormIsLeftOut() {
		add("higher", Map.of("myApp.url", "https://fixed/api"));
		add("lower", Map.of("my-app.url", "https://${host}/api", "link", "${my-app.url}#top", "other", "${host}"));
		assertThat(referring(List.of("host"))).containsOnly(entry("other", "host"));
	}

	private Map<String, String> referring(List<String> keys) {
		return this.references.referring(keys, this.sources, ConfigurationPropertySources.from(this.sources));
	}

	private void add(String name, Map<String, Object> properties) {
		this.sources.addLast(new MapPropertySource(name, new LinkedHashMap<>(properties)));
	}

}
