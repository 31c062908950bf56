package dev.zkconfig.configdata;

import java.util.List;

import dev.zkconfig.zookeeper.ContextLoadException;
import dev.zkconfig.source.ZkPropertySource;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.config.ConfigData;
import org.springframework.boot.context.config.ConfigDataLoader;
import org.springframework.boot.context.config.ConfigDataLoaderContext;
import org.springframework.boot.logging.DeferredLogFactory;

/**
 * Loads a {@link ZkConfigDataResource} as the {@link ZkPropertySource} of the context's
 * accepted snapshot. Loading the same context again (as a manual refresh does) returns
 * the same live source without reading ZooKeeper.
 */
public class ZkConfigDataLoader implements ConfigDataLoader<ZkConfigDataResource> {

	private final Log logger;

	/**
	 * Create a loader.
	 * @param logFactory the deferred log factory Spring Boot supplies
	 */
	public ZkConfigDataLoader(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(ZkConfigDataLoader.class);
	}

	@Override
	public @Nullable ConfigData load(ConfigDataLoaderContext context, ZkConfigDataResource resource) {
		ContextLoader loader = context.getBootstrapContext().getOrElse(ContextLoader.class, null);
		if (loader == null) {
			return null;
		}
		ZkPropertySource source;
		try {
			source = loader.load(resource.getName(), resource.getContextPath(), resource.getActiveProfiles(),
					CipherDecryption.of(context.getBootstrapContext()));
		}
		catch (ContextLoadException ex) {
			if (!resource.isOptional()) {
				throw new ZkConfigLoadException(ex);
			}
			this.logger.warn(ex.getMessage() + "; continuing without it (optional import)");
			return null;
		}
		if (this.logger.isDebugEnabled()) {
			this.logger.debug("Loaded " + source.getPropertyNames().length + " properties from ZooKeeper context "
					+ resource.getContextPath());
		}
		ConfigData.Option[] options = (resource.getProfile() != null)
				? new ConfigData.Option[] { ConfigData.Option.IGNORE_IMPORTS, ConfigData.Option.IGNORE_PROFILES,
						ConfigData.Option.PROFILE_SPECIFIC }
				: new ConfigData.Option[] { ConfigData.Option.IGNORE_IMPORTS, ConfigData.Option.IGNORE_PROFILES };
		return new ConfigData(List.of(source), options);
	}

}
