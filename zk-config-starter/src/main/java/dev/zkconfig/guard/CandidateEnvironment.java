package dev.zkconfig.guard;

import java.util.HashMap;
import java.util.Map;

import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.snapshot.ConfigSnapshot;
import dev.zkconfig.source.ValueDecryptor;
import dev.zkconfig.source.ZkPropertySource;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySource;
import org.springframework.util.Assert;

/**
 * The application's property sources as they would be if a candidate snapshot were
 * accepted: the same sources in the same order, with the context's source showing the
 * candidate. Used by one thread at a time.
 * <p>
 * The sources are kept across checks, and so are Spring Boot's caches of their names: a
 * candidate with the same keys as the accepted snapshot shares its array of names, which
 * keeps those caches valid.
 */
final class CandidateEnvironment {

	private static final String NOTHING_SHOWN = "The sources are known once a candidate is shown";

	private final ConfigurableEnvironment environment;

	private final Map<String, CandidatePropertySource> candidates = new HashMap<>();

	private final SeenSources seen = new SeenSources();

	private @Nullable MutablePropertySources sources;

	private @Nullable Iterable<ConfigurationPropertySource> configurationSources;

	private @Nullable PropertyResolver resolver;

	CandidateEnvironment(ConfigurableEnvironment environment) {
		this.environment = environment;
	}

	/**
	 * Show a candidate in place of a context's accepted snapshot, until {@link #reset()}.
	 * @param context the context
	 * @param candidate its candidate snapshot
	 */
	void show(ConfigContext context, ConfigSnapshot candidate) {
		update();
		CandidatePropertySource source = this.candidates.get(context.getContextPath());
		if (source != null) {
			source.shown = candidate;
		}
	}

	/** Show the accepted snapshots again. */
	void reset() {
		this.candidates.values().forEach((source) -> source.shown = null);
	}

	Iterable<ConfigurationPropertySource> getConfigurationSources() {
		Assert.state(this.configurationSources != null, NOTHING_SHOWN);
		return this.configurationSources;
	}

	MutablePropertySources getSources() {
		Assert.state(this.sources != null, NOTHING_SHOWN);
		return this.sources;
	}

	PropertyResolver getResolver() {
		Assert.state(this.resolver != null, NOTHING_SHOWN);
		return this.resolver;
	}

	/** Follow the environment's sources, which are rarely added to or replaced. */
	private void update() {
		if (this.seen.same(this.environment.getPropertySources())) {
			return;
		}
		MutablePropertySources sources = new MutablePropertySources();
		Map<String, CandidatePropertySource> candidates = new HashMap<>();
		for (PropertySource<?> source : this.seen.get()) {
			if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
				continue;
			}
			if (source instanceof ZkPropertySource zkSource) {
				CandidatePropertySource candidate = this.candidates.get(zkSource.getContextPath());
				if (candidate == null || candidate.getSource() != zkSource.getSource()
						|| candidate.getDecryptor() != zkSource.getDecryptor()) {
					candidate = new CandidatePropertySource(zkSource.getName(), zkSource.getSource(),
							zkSource.getDecryptor());
				}
				candidates.put(zkSource.getContextPath(), candidate);
				sources.addLast(candidate);
			}
			else {
				sources.addLast(source);
			}
		}
		this.candidates.clear();
		this.candidates.putAll(candidates);
		this.configurationSources = ConfigurationPropertySources.from(sources);
		// placeholders resolve in any relaxed form of their key, as in the application
		ConfigurationPropertySources.attach(new CandidateSources(sources));
		this.sources = sources;
		this.resolver = ConfigurationPropertySources.createPropertyResolver(sources);
	}

	/**
	 * The candidate's sources as an environment, for Spring Boot to attach its own to.
	 */
	private static final class CandidateSources extends AbstractEnvironment {

		CandidateSources(MutablePropertySources sources) {
			super(sources);
		}

	}

	/** A context's source that shows a candidate snapshot while one is being checked. */
	private static final class CandidatePropertySource extends ZkPropertySource {

		private volatile @Nullable ConfigSnapshot shown;

		CandidatePropertySource(String name, ConfigContext context, @Nullable ValueDecryptor decryptor) {
			super(name, context, decryptor);
		}

		@Override
		public ConfigSnapshot getSnapshot() {
			ConfigSnapshot candidate = this.shown;
			return (candidate != null) ? candidate : super.getSnapshot();
		}

	}

}
