package dev.zkconfig.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.zkconfig.autoconfigure.ZkConfigProperties;
import org.apache.curator.framework.AuthInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The authentication of the configuration client's session ({@code zkconfig.auth.*}),
 * given to Curator's builder ({@code authorization(...)}) so that every new session,
 * after an expiry too, authenticates again.
 */
public final class ZkAuthentication {

	private static final ZkAuthentication NONE = new ZkAuthentication(null, null, null);

	private final @Nullable String scheme;

	private final byte @Nullable [] credentials;

	private final @Nullable String identity;

	private ZkAuthentication(@Nullable String scheme, byte @Nullable [] credentials, @Nullable String identity) {
		this.scheme = scheme;
		this.credentials = credentials;
		this.identity = identity;
	}

	/**
	 * Return the authentication the settings ask for.
	 * @param settings the {@code zkconfig.auth} settings
	 * @return the authentication, which may be none
	 * @throws InvalidSecuritySettingException if the settings are incomplete
	 */
	public static ZkAuthentication of(ZkConfigProperties.Auth settings) {
		String scheme = StringUtils.hasText(settings.getScheme()) ? settings.getScheme().trim() : "digest";
		if (StringUtils.hasLength(settings.getCredentials())) {
			return new ZkAuthentication(scheme, settings.getCredentials().getBytes(StandardCharsets.UTF_8),
					identityOf(scheme, settings.getCredentials()));
		}
		if (!StringUtils.hasLength(settings.getUsername())) {
			if (StringUtils.hasLength(settings.getPassword())) {
				throw new InvalidSecuritySettingException("zkconfig.auth.username",
						"zkconfig.auth.password is set but zkconfig.auth.username is not", null);
			}
			return NONE;
		}
		if (!"digest".equals(scheme)) {
			throw new InvalidSecuritySettingException("zkconfig.auth.credentials", "zkconfig.auth.username and "
					+ "password are for the digest scheme; the scheme '" + scheme + "' takes zkconfig.auth.credentials",
					null);
		}
		String password = (settings.getPassword() != null) ? settings.getPassword() : "";
		return new ZkAuthentication(scheme, (settings.getUsername() + ":" + password).getBytes(StandardCharsets.UTF_8),
				settings.getUsername());
	}

	/**
	 * For digest, the user name before the colon; other schemes' credentials are not
	 * shown.
	 */
	private static @Nullable String identityOf(String scheme, String credentials) {
		int colon = credentials.indexOf(':');
		return ("digest".equals(scheme) && colon > 0) ? credentials.substring(0, colon) : null;
	}

	/**
	 * Whether the session authenticates.
	 * @return {@code true} if credentials are configured
	 */
	public boolean isConfigured() {
		return this.scheme != null;
	}

	/**
	 * Return the authentication for Curator's builder.
	 * @return the authentication, empty if none is configured
	 */
	public List<AuthInfo> toAuthInfos() {
		// both are set, or neither
		return (this.scheme != null && this.credentials != null)
				? List.of(new AuthInfo(this.scheme, this.credentials.clone())) : List.of();
	}

	/**
	 * Describe the authentication without its secret, for example
	 * {@code digest as 'app'}.
	 * @return the description
	 */
	@Override
	public String toString() {
		if (!isConfigured()) {
			return "none";
		}
		return this.scheme + ((this.identity != null) ? " as '" + this.identity + "'" : "");
	}

}
