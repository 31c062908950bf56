package dev.zkconfig.security;

/**
 * Why a client with an SSL bundle could not connect to ZooKeeper: the TLS handshake with
 * a server failed, most often because the bundle's trust store does not trust the
 * server's certificate, or the certificate does not name the host.
 */
public class TlsHandshakeFailedException extends RuntimeException {

	private final String server;

	private final String bundle;

	TlsHandshakeFailedException(String server, String bundle, Throwable cause) {
		super("the TLS handshake with " + server + " failed with SSL bundle '" + bundle + "': " + cause.getMessage(),
				cause);
		this.server = server;
		this.bundle = bundle;
	}

	/**
	 * Return the server, as {@code host:port}.
	 * @return the server
	 */
	public String getServer() {
		return this.server;
	}

	/**
	 * Return the name of the SSL bundle the client used.
	 * @return the bundle's name
	 */
	public String getBundle() {
		return this.bundle;
	}

}
