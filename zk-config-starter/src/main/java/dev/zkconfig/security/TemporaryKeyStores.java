package dev.zkconfig.security;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.util.FileSystemUtils;

/**
 * The key store and trust store of an SSL bundle, written to PKCS12 files that only the
 * current user may read, in a new temporary directory, with a new random password;
 * closing it deletes them.
 * <p>
 * Why files: ZooKeeper 3.9's Netty client and server build their TLS context from key and
 * trust store <em>files</em> named in their configuration
 * ({@code ClientX509Util.createNettySslContextForClient}); the
 * {@code zookeeper.ssl.context.supplier.class} hook that took an {@code SSLContext} is
 * ignored by the Netty socket before ZooKeeper 3.9.6 (ZOOKEEPER-4828), and a supplier is
 * a class name instantiated by ZooKeeper, so it could not carry one application's bundle
 * anyway. The files are written again, with the bundle's key only, whatever format the
 * bundle was (JKS, PKCS12, PEM), so that ZooKeeper reads one format with one password
 * that never appears in any configuration.
 */
public final class TemporaryKeyStores implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(TemporaryKeyStores.class);

	private static final String TYPE = "PKCS12";

	private final Path directory;

	private final @Nullable Path keyStore;

	private final @Nullable Path trustStore;

	private final String password;

	private TemporaryKeyStores(Path directory, @Nullable Path keyStore, @Nullable Path trustStore, String password) {
		this.directory = directory;
		this.keyStore = keyStore;
		this.trustStore = trustStore;
		this.password = password;
	}

	/**
	 * Write the stores of a bundle.
	 * @param bundle the bundle
	 * @param name the bundle's name, for messages
	 * @return the written stores
	 * @throws IllegalStateException if they cannot be written
	 */
	public static TemporaryKeyStores write(SslBundle bundle, String name) {
		SslStoreBundle stores = bundle.getStores();
		String password = randomPassword();
		Path directory = null;
		try {
			directory = createPrivateDirectory();
			KeyStore keys = stores.getKeyStore();
			KeyStore trusted = stores.getTrustStore();
			Path keyStore = null;
			if (keys != null) {
				keyStore = directory.resolve("keystore.p12");
				store(copyKeys(keys, bundle, password), keyStore, password);
			}
			Path trustStore = null;
			if (trusted != null) {
				trustStore = directory.resolve("truststore.p12");
				store(copyTrusted(trusted), trustStore, password);
			}
			return new TemporaryKeyStores(directory, keyStore, trustStore, password);
		}
		catch (IOException | GeneralSecurityException ex) {
			if (directory != null) {
				deleteQuietly(directory);
			}
			throw new IllegalStateException(
					"Could not write the key material of SSL bundle '" + name + "' for ZooKeeper: " + ex.getMessage(),
					ex);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static Path createPrivateDirectory() throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return Files.createTempDirectory("zkconfig-tls-",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		Path directory = Files.createTempDirectory("zkconfig-tls-");
		directory.toFile().setReadable(false, false);
		directory.toFile().setReadable(true, true);
		return directory;
	}

	/** The bundle's key (its alias, else every key), protected by the new password. */
	private static KeyStore copyKeys(KeyStore source, SslBundle bundle, String password)
			throws IOException, GeneralSecurityException {
		String alias = bundle.getKey().getAlias();
		String keyPassword = (bundle.getKey().getPassword() != null) ? bundle.getKey().getPassword()
				: bundle.getStores().getKeyStorePassword();
		KeyStore target = emptyStore();
		for (String entry : Collections.list(source.aliases())) {
			if (source.isKeyEntry(entry) && (alias == null || alias.equals(entry))) {
				Key key = source.getKey(entry, (keyPassword != null) ? keyPassword.toCharArray() : new char[0]);
				target.setKeyEntry(entry, key, password.toCharArray(), source.getCertificateChain(entry));
			}
		}
		if (target.size() == 0) {
			throw new GeneralSecurityException((alias != null) ? "its key store has no key with alias '" + alias + "'"
					: "its key store has no key");
		}
		return target;
	}

	/**
	 * Trusted certificates, and the certificate of any key entry, as a trust manager
	 * reads them.
	 */
	private static KeyStore copyTrusted(KeyStore source) throws IOException, GeneralSecurityException {
		KeyStore target = emptyStore();
		for (String entry : Collections.list(source.aliases())) {
			Certificate certificate = source.getCertificate(entry);
			if (certificate != null) {
				target.setCertificateEntry(entry, certificate);
			}
		}
		return target;
	}

	private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance(TYPE);
		store.load(null, null);
		return store;
	}

	private static void store(KeyStore store, Path file, String password) throws IOException, GeneralSecurityException {
		Files.createFile(file);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, password.toCharArray());
		}
		// in case the JVM stops before the client is closed
		file.toFile().deleteOnExit();
	}

	/**
	 * Return the key store file.
	 * @return the file, or {@code null} if the bundle has no key store
	 */
	public @Nullable Path getKeyStore() {
		return this.keyStore;
	}

	/**
	 * Return the trust store file.
	 * @return the file, or {@code null} if the bundle has no trust store
	 */
	public @Nullable Path getTrustStore() {
		return this.trustStore;
	}

	/**
	 * Return the password of both stores and of the key.
	 * @return the password
	 */
	public String getPassword() {
		return this.password;
	}

	/**
	 * Return the type of both stores.
	 * @return {@code PKCS12}
	 */
	public String getType() {
		return TYPE;
	}

	/**
	 * Delete the files.
	 */
	@Override
	public void close() {
		deleteQuietly(this.directory);
	}

	private static void deleteQuietly(Path directory) {
		try {
			FileSystemUtils.deleteRecursively(directory);
		}
		catch (IOException ex) {
			logger.warn("Could not delete the temporary key stores in " + directory + ": " + ex.getMessage());
		}
	}

	@Override
	public String toString() {
		return "TemporaryKeyStores " + this.directory;
	}

}
