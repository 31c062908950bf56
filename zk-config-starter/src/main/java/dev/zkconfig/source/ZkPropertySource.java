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
 * in one step once a change has been checked. It never performs I/O. Values encrypted for
 * Spring Cloud ({@code {cipher}...}) are served decrypted, the snapshot keeping them as
 * written.
 */
public class ZkPropertySource extends EnumerablePropertySource<ConfigContext> implements OriginLookup<String> {

	private final @Nullable ValueDecryptor decryptor;

	/**
	 * Create a property source that serves values as written.
	 * @param name the property source name (the stock starter's name: the context as
	 * configured, for example {@code config/application})
	 * @param context the context
	 */
	public ZkPropertySource(String name, ConfigContext context) {
		this(name, context, null);
	}

	/**
	 * Create a property source.
	 * @param name the property source name (the stock starter's name: the context as
	 * configured, for example {@code config/application})
	 * @param context the context
	 * @param decryptor decrypts the encrypted values it serves, or {@code null} to serve
	 * them as written
	 */
	public ZkPropertySource(String name, ConfigContext context, @Nullable ValueDecryptor decryptor) {
		super(name, context);
		this.decryptor = decryptor;
	}

	/**
	 * Return what decrypts the encrypted values this source serves.
	 * @return the decryptor, or {@code null} if they are served as written
	 */
	public @Nullable ValueDecryptor getDecryptor() {
		return this.decryptor;
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
		String value = getSnapshot().get(name);
		if (value != null && this.decryptor != null && ValueDecryptor.isEncrypted(value)) {
			return this.decryptor.decrypt(name, value);
		}
		return value;
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
