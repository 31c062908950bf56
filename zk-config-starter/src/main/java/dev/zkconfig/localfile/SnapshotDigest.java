package dev.zkconfig.localfile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 checksum of a snapshot file's content, fed in the file's order: the format,
 * context, zxid and time, then each section (properties, origins) as its size followed by
 * its entries sorted by key. Every string goes in with its length, so that no two
 * different contents digest the same way.
 */
final class SnapshotDigest {

	private final MessageDigest digest;

	private final byte[] length = new byte[4];

	SnapshotDigest(String contextPath, long zxid, String acceptedAt) {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		update(SnapshotFile.FORMAT);
		update(contextPath);
		update(Long.toString(zxid));
		update(acceptedAt);
	}

	/**
	 * Start a section.
	 * @param size the number of entries that follow
	 */
	void section(int size) {
		update(Integer.toString(size));
	}

	/**
	 * Add an entry of the current section; entries come sorted by key.
	 * @param key the key
	 * @param value the value
	 */
	void entry(String key, String value) {
		update(key);
		update(value);
	}

	/**
	 * Complete the checksum.
	 * @return the checksum in hexadecimal
	 */
	String hex() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

	private void update(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		int size = bytes.length;
		this.length[0] = (byte) (size >>> 24);
		this.length[1] = (byte) (size >>> 16);
		this.length[2] = (byte) (size >>> 8);
		this.length[3] = (byte) size;
		this.digest.update(this.length);
		this.digest.update(bytes);
	}

}
