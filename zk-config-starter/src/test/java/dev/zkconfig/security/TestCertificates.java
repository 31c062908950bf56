package dev.zkconfig.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * Certificates made for a test, never checked in: a CA, a server certificate for
 * {@code localhost} and {@code 127.0.0.1} and a client certificate, both signed by the
 * CA, and a self-signed certificate of a CA that nobody trusts. Made once per JVM with
 * the JDK's {@code keytool}, in a temporary directory deleted when the JVM exits.
 * <p>
 * PKCS12 stores, all with the password {@link #PASSWORD}: {@code ca.p12},
 * {@code server.p12}, {@code client.p12} (each key with its chain),
 * {@code truststore.p12} (the CA) and {@code rogue.p12}. PEM files: {@code ca.crt},
 * {@code server.crt}, {@code server.key}, {@code client.crt}, {@code client.key}.
 */
final class TestCertificates {

	static final String PASSWORD = "test-store-pw";

	private static TestCertificates generated;

	private final Path directory;

	private TestCertificates(Path directory) {
		this.directory = directory;
	}

	static synchronized TestCertificates get() {
		if (generated == null) {
			try {
				generated = generate();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not generate the test certificates", ex);
			}
		}
		return generated;
	}

	private static TestCertificates generate() throws Exception {
		Path directory = Files.createTempDirectory("zkconfig-test-certificates-");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				FileSystemUtils.deleteRecursively(directory);
			}
			catch (IOException ex) {
				// a temporary directory
			}
		}));
		TestCertificates certificates = new TestCertificates(directory);
		certificates.keytool("-genkeypair", "-alias", "ca", "-dname", "CN=zk-config test CA", "-ext", "bc:c",
				"-keystore", "ca.p12");
		certificates.keytool("-exportcert", "-alias", "ca", "-keystore", "ca.p12", "-rfc", "-file", "ca.crt");
		CompletableFuture
			.allOf(CompletableFuture.runAsync(() -> certificates.keytool("-importcert", "-alias", "ca", "-file",
					"ca.crt", "-keystore", "truststore.p12", "-noprompt")),
					CompletableFuture.runAsync(() -> certificates.signed("server", "SAN=dns:localhost,ip:127.0.0.1")),
					CompletableFuture.runAsync(() -> certificates.signed("client", null)),
					CompletableFuture.runAsync(() -> certificates.keytool("-genkeypair", "-alias", "rogue", "-dname",
							"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", "rogue.p12")))
			.get(2, TimeUnit.MINUTES);
		certificates.writePrivateKey("server");
		certificates.writePrivateKey("client");
		return certificates;
	}

	private void signed(String name, String subjectAlternativeNames) {
		keytool("-genkeypair", "-alias", name, "-dname", "CN=" + name, "-keystore", name + ".p12");
		keytool("-certreq", "-alias", name, "-keystore", name + ".p12", "-file", name + ".csr");
		List<String> sign = new ArrayList<>(List.of("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile",
				name + ".csr", "-outfile", name + ".crt", "-rfc"));
		if (subjectAlternativeNames != null) {
			sign.addAll(List.of("-ext", subjectAlternativeNames));
		}
		keytool(sign.toArray(String[]::new));
		keytool("-importcert", "-alias", "ca", "-file", "ca.crt", "-keystore", name + ".p12", "-noprompt");
		keytool("-importcert", "-alias", name, "-file", name + ".crt", "-keystore", name + ".p12", "-noprompt");
	}

	private void keytool(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		// a short-lived JVM each: start it quickly
		command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
		command.addAll(List.of(arguments));
		if (List.of(arguments).contains("-genkeypair")) {
			command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2"));
		}
		if (List.of(arguments).contains("-gencert")) {
			command.addAll(List.of("-validity", "2"));
		}
		command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
		try {
			Process process = new ProcessBuilder(command).directory(this.directory.toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("keytool " + String.join(" ", arguments) + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** keytool cannot export a private key: a PKCS#8 PEM file of it. */
	private void writePrivateKey(String name) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file(name + ".p12"))) {
			store.load(in, PASSWORD.toCharArray());
		}
		Key key = store.getKey(name, PASSWORD.toCharArray());
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		Files.writeString(file(name + ".key"), pem);
	}

	Path file(String name) {
		return this.directory.resolve(name);
	}

	/** A Spring Boot resource location of a file. */
	String location(String name) {
		return "file:" + file(name).toAbsolutePath();
	}

	/**
	 * The properties of a JKS bundle (PKCS12 stores) with a key store and a trust store.
	 */
	String[] jksBundle(String bundle, String keyStore, String trustStore) {
		String prefix = "spring.ssl.bundle.jks." + bundle;
		return new String[] { prefix + ".keystore.location=" + location(keyStore),
				prefix + ".keystore.password=" + PASSWORD, prefix + ".keystore.type=PKCS12",
				prefix + ".truststore.location=" + location(trustStore), prefix + ".truststore.password=" + PASSWORD,
				prefix + ".truststore.type=PKCS12" };
	}

}
