package dev.zkconfig.configdata;

import dev.zkconfig.source.CipherDecryptor;
import dev.zkconfig.source.ValueDecryptor;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.bootstrap.BootstrapContext;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.bootstrap.encrypt.KeyProperties;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.util.ClassUtils;

/**
 * Whether the contexts' sources decrypt values encrypted for Spring Cloud: when Spring
 * Cloud registers its {@link TextEncryptor} in the bootstrap context (Spring Security's
 * crypto module is present) and its decryption of the environment is on
 * ({@code spring.cloud.decrypt-environment-post-processor.enabled}, the default). The
 * sources then serve values decrypted with that encryptor, at startup as Spring Cloud
 * would, and after every change, which Spring Cloud does only on a full refresh.
 */
final class CipherDecryption {

	private static final boolean CRYPTO_PRESENT = ClassUtils.isPresent(
			"org.springframework.security.crypto.encrypt.TextEncryptor", CipherDecryption.class.getClassLoader());

	private static final String ENABLED = "spring.cloud.decrypt-environment-post-processor.enabled";

	private CipherDecryption() {
	}

	/**
	 * Return the decryptor of the application being started.
	 * @param bootstrap the bootstrap context
	 * @return the decryptor, or {@code null} if values are served as written
	 */
	static @Nullable ValueDecryptor of(BootstrapContext bootstrap) {
		if (!CRYPTO_PRESENT) {
			return null;
		}
		return Crypto.decryptor(bootstrap);
	}

	/** Loaded only when Spring Security's crypto module is present. */
	private static final class Crypto {

		static @Nullable ValueDecryptor decryptor(BootstrapContext bootstrap) {
			if (!bootstrap.isRegistered(TextEncryptor.class)) {
				return null;
			}
			Binder binder = bootstrap.getOrElse(Binder.class, null);
			if (binder != null && !binder.bind(ENABLED, Boolean.class).orElse(true)) {
				return null;
			}
			KeyProperties keys = bootstrap.getOrElse(KeyProperties.class, null);
			return new CipherDecryptor(() -> bootstrap.get(TextEncryptor.class), keys == null || keys.isFailOnError());
		}

	}

}
