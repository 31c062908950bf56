package dev.zkconfig.source;

import org.springframework.core.env.EnumerablePropertySource;

/**
 * A live {@link org.springframework.core.env.PropertySource} over one ZooKeeper
 * configuration context. It reads a {@link ContextStore} that Curator keeps in step with
 * ZooKeeper, so it never performs I/O and always shows the latest state the cache has
 * seen.
 */
public class ZkPropertySource extends EnumerablePropertySource<ContextStore> {

	/**
	 * Create a property source.
	 * @param name the property source name (the stock starter's name: the context as
	 * configured, for example {@code config/application})
	 * @param store the context's store
	 */
	public ZkPropertySource(String name, ContextStore store) {
		super(name, store);
	}

	/**
	 * Return the absolute znode path of the context this source reads.
	 * @return the context path
	 */
	public String getContextPath() {
		return getSource().getContextPath();
	}

	@Override
	public Object getProperty(String name) {
		return getSource().getValue(name);
	}

	@Override
	public boolean containsProperty(String name) {
		return getSource().getValue(name) != null;
	}

	@Override
	public String[] getPropertyNames() {
		return getSource().getPropertyNames();
	}

}
