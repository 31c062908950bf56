package dev.zkconfig.security;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.ssl.JksSslBundleProperties;
import org.springframework.boot.autoconfigure.ssl.PemSslBundleProperties;
import org.springframework.boot.autoconfigure.ssl.PropertiesSslBundle;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.ssl.SslBundle;

/**
 * Builds a Spring Boot SSL bundle while configuration data loads, before there is an
 * {@code SslBundles} bean: the bundle's {@code spring.ssl.bundle.jks.<name>.*} or
 * {@code spring.ssl.bundle.pem.<name>.*} properties are bound here, and the bundle built
 * with Spring Boot's own {@link PropertiesSslBundle}, as its auto-configuration builds
 * it. Only the properties visible at that point count (not those that ZooKeeper itself
 * supplies), and the bundle is not reloaded when its files change.
 */
public final class BootstrapSslBundles {

	private static final String PREFIX = "spring.ssl.bundle.";

	private final Binder binder;

	private final @Nullable BindHandler handler;

	/**
	 * Create the bundles of an environment being prepared.
	 * @param binder the binder of the environment
	 * @param handler the bootstrap context's bind handler, {@code null} for none
	 */
	public BootstrapSslBundles(Binder binder, @Nullable BindHandler handler) {
		this.binder = binder;
		this.handler = handler;
	}

	/**
	 * Return a bundle.
	 * @param name the bundle's name
	 * @param property the property that names it, to point at in errors
	 * @return the bundle
	 * @throws InvalidSecuritySettingException if no such bundle is configured, or it
	 * cannot be loaded
	 */
	public SslBundle get(String name, String property) {
		BindResult<JksSslBundleProperties> jks = this.binder.bind(PREFIX + "jks." + name,
				Bindable.of(JksSslBundleProperties.class), this.handler);
		BindResult<PemSslBundleProperties> pem = this.binder.bind(PREFIX + "pem." + name,
				Bindable.of(PemSslBundleProperties.class), this.handler);
		if (jks.isBound() && pem.isBound()) {
			throw new InvalidSecuritySettingException(property, "SSL bundle '" + name + "' named by " + property
					+ " is configured both as spring.ssl.bundle.jks." + name + " and spring.ssl.bundle.pem." + name,
					null);
		}
		if (!jks.isBound() && !pem.isBound()) {
			throw new InvalidSecuritySettingException(property,
					"SSL bundle '" + name + "' named by " + property
							+ " is not configured: define it with spring.ssl.bundle.jks." + name
							+ ".* or spring.ssl.bundle.pem." + name + ".*",
					null);
		}
		String bundleProperty = PREFIX + (jks.isBound() ? "jks." : "pem.") + name;
		try {
			return jks.isBound() ? PropertiesSslBundle.get(jks.get()) : PropertiesSslBundle.get(pem.get());
		}
		catch (RuntimeException ex) {
			throw new InvalidSecuritySettingException(bundleProperty, "SSL bundle '" + name + "' named by " + property
					+ " cannot be loaded from " + bundleProperty + ".*: " + ex.getMessage(), ex);
		}
	}

}
