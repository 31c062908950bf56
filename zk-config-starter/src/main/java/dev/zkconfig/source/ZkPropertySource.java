package dev.zkconfig.source;

import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.snapshot.ConfigSnapshot;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * A {@link org.springframework.core.env.PropertySource} over one ZooKeeper configuration
 * context: it serves the context's accepted snapshot, which the change pipeline replaces
 * in one step once a change has been checked. It never performs I/O.
 */
public class ZkPropertySource extends EnumerablePropertySource<ConfigContext> implements OriginLookup<String> {

	/**
	 * Create a property source.
	 * @param name the property source name (the stock starter's name: the context as
	 * configured, for example {@code config/application})
	 * @param context the context
	 */
	public ZkPropertySource(String name, ConfigContext context) {
		super(name, context);
	}

	/**
	 * Return the absolute znode path of the context this source reads.
	 * @return the context path
	 */
	public String getContextPath() {
		return getSource().getContextPath();
	}

	/**
	 * Return the snapshot this source serves now.
	 * @return the accepted snapshot
	 */
	public ConfigSnapshot getSnapshot() {
		return getSource().getAccepted();
	}

	@Override
	public @Nullable Object getProperty(String name) {
		return getSnapshot().get(name);
	}

	@Override
	public boolean containsProperty(String name) {
		return getSnapshot().get(name) != null;
	}

	@Override
	public String[] getPropertyNames() {
		return getSnapshot().getNames();
	}

	@Override
	public @Nullable Origin getOrigin(String key) {
		String path = getSnapshot().getOrigin(key);
		return (path != null) ? new ZNodeOrigin(path) : null;
	}

}
