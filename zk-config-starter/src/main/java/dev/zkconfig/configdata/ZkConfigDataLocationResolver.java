package dev.zkconfig.configdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.zkconfig.autoconfigure.ZkConfigProperties;
import org.apache.commons.logging.Log;

import org.springframework.boot.context.config.ConfigDataLocation;
import org.springframework.boot.context.config.ConfigDataLocationResolver;
import org.springframework.boot.context.config.ConfigDataLocationResolverContext;
import org.springframework.boot.context.config.ConfigDataResourceNotFoundException;
import org.springframework.boot.context.config.Profiles;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.cloud.zookeeper.ZookeeperProperties;
import org.springframework.cloud.zookeeper.config.ZookeeperConfigProperties;
import org.springframework.cloud.zookeeper.config.ZookeeperPropertySources;
import org.springframework.cloud.zookeeper.config.ZookeeperPropertySources.Context;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

/**
 * Resolves {@code zookeeper:} imports to one {@link ZkConfigDataResource} per
 * configuration context, with the stock starter's contexts and precedence, and starts
 * loading them all at once.
 * <p>
 * It is ordered before Spring Cloud Zookeeper Config's resolver and claims the prefix
 * only while {@code zkconfig.enabled} is true, so turning that off hands the import back
 * to the stock starter.
 */
public class ZkConfigDataLocationResolver implements ConfigDataLocationResolver<ZkConfigDataResource>, Ordered {

	private final Log logger;

	/**
	 * Create a resolver.
	 * @param logFactory the deferred log factory Spring Boot supplies
	 */
	public ZkConfigDataLocationResolver(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(ZkConfigDataLocationResolver.class);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public boolean isResolvable(ConfigDataLocationResolverContext context, ConfigDataLocation location) {
		if (!location.hasPrefix(ZkConfigLocation.PREFIX)) {
			return false;
		}
		Binder binder = context.getBinder();
		return isEnabled(binder, ZookeeperProperties.PREFIX + ".enabled")
				&& isEnabled(binder, ZookeeperConfigProperties.PREFIX + ".enabled")
				&& isEnabled(binder, ZkConfigProperties.PREFIX + ".enabled");
	}

	private static boolean isEnabled(Binder binder, String property) {
		return binder.bind(property, Boolean.class).orElse(true);
	}

	@Override
	public List<ZkConfigDataResource> resolve(ConfigDataLocationResolverContext context, ConfigDataLocation location) {
		return Collections.emptyList();
	}

	@Override
	public List<ZkConfigDataResource> resolveProfileSpecific(ConfigDataLocationResolverContext context,
			ConfigDataLocation location, Profiles profiles) {
		ZkConfigLocation zkLocation = ZkConfigLocation.parse(location);
		BootstrapBinder binder = new BootstrapBinder(context.getBinder(), context.getBootstrapContext());
		ZookeeperConfigProperties layout = bindLayout(binder);
		List<Context> contexts = zkLocation.contexts().isEmpty() ? new ZookeeperPropertySources(layout, this.logger)
			.generateAutomaticContexts(profiles.getAccepted(), false)
				: zkLocation.contexts().stream().map(Context::new).toList();
		List<ZkConfigDataResource> resources = new ArrayList<>(contexts.size());
		for (Context zkContext : contexts) {
			resources.add(new ZkConfigDataResource(zkContext.getPath(), location.isOptional(), zkContext.getProfile(),
					profiles.getAccepted()));
		}
		ContextLoader loader;
		try {
			loader = ZkConfigClientRegistrar.getOrCreate(context.getBootstrapContext(), binder, layout, zkLocation,
					location.isOptional(), this.logger);
		}
		catch (ZkConfigConnectException ex) {
			// the stock starter's kind of failure, so that spring.config.on-not-found
			// applies
			throw new ConfigDataResourceNotFoundException(resources.get(0), ex);
		}
		resources.forEach((resource) -> loader.prepare(resource.getContextPath()));
		return resources;
	}

	private static ZookeeperConfigProperties bindLayout(BootstrapBinder binder) {
		ZookeeperConfigProperties layout = binder.bind(ZookeeperConfigProperties.PREFIX,
				ZookeeperConfigProperties.class, ZookeeperConfigProperties::new);
		if (!StringUtils.hasLength(layout.getName())) {
			layout.setName(binder.bind("spring.application.name", String.class, () -> "application"));
		}
		return layout;
	}

}
