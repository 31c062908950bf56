package dev.zkconfig.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;

/**
 * Finds out why a client with an SSL bundle did not connect: ZooKeeper's Netty client
 * only logs a failed handshake and tries again, so this performs one handshake with the
 * same bundle itself, as ZooKeeper's client does it (server hostname verified), to name
 * the reason.
 */
final class TlsHandshakeCheck {

	private static final int TIMEOUT_MILLIS = 2000;

	private TlsHandshakeCheck() {
	}

	/**
	 * Try a handshake with each server of a connect string.
	 * @param connectString the servers, with or without a chroot
	 * @param tls the client's TLS settings
	 * @return why the handshake failed with the first server that refused it, or
	 * {@code null} if none did
	 */
	static @Nullable TlsHandshakeFailedException check(String connectString, ZkTls tls) {
		String hosts = connectString;
		int chroot = hosts.indexOf('/');
		if (chroot >= 0) {
			hosts = hosts.substring(0, chroot);
		}
		for (String server : hosts.split(",")) {
			int colon = server.lastIndexOf(':');
			String host = (colon > 0) ? server.substring(0, colon).trim() : server.trim();
			int port;
			try {
				port = (colon > 0) ? Integer.parseInt(server.substring(colon + 1).trim()) : 2181;
			}
			catch (NumberFormatException ex) {
				continue;
			}
			SSLException failure = handshake(host, port, tls.getBundle());
			if (failure != null) {
				return new TlsHandshakeFailedException(host + ":" + port, tls.getName(), failure);
			}
		}
		return null;
	}

	private static @Nullable SSLException handshake(String host, int port, SslBundle bundle) {
		try (Socket plain = new Socket()) {
			plain.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
			plain.setSoTimeout(TIMEOUT_MILLIS);
			try (SSLSocket socket = (SSLSocket) bundle.createSslContext()
				.getSocketFactory()
				.createSocket(plain, host, port, false)) {
				SSLParameters parameters = socket.getSSLParameters();
				parameters.setEndpointIdentificationAlgorithm("HTTPS");
				SslOptions options = bundle.getOptions();
				if (options.getEnabledProtocols() != null) {
					parameters.setProtocols(options.getEnabledProtocols());
				}
				if (options.getCiphers() != null) {
					parameters.setCipherSuites(options.getCiphers());
				}
				socket.setSSLParameters(parameters);
				socket.startHandshake();
				return null;
			}
		}
		catch (SSLException ex) {
			return ex;
		}
		catch (IOException | RuntimeException ex) {
			// not reachable, or not TLS's fault: the connection failure says enough
			return null;
		}
	}

}
