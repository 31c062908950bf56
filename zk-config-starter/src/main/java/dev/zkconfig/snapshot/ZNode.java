package dev.zkconfig.snapshot;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A znode as ZooKeeper last reported it: its data read as UTF-8 text, or why it cannot be
 * used as configuration.
 *
 * @param path the absolute path
 * @param text the data as text, {@code null} if the znode has a problem
 * @param size the length of the data in bytes
 * @param mzxid the zxid of the znode's last change
 * @param mtime when the znode last changed, in milliseconds since the epoch (the server's
 * clock)
 * @param problem why the data cannot be used (not UTF-8 text, binary, not readable), or
 * {@code null} if it can be
 */
public record ZNode(String path, @Nullable String text, int size, long mzxid, long mtime, @Nullable String problem) {

	/**
	 * Create a znode from the data ZooKeeper returned, decoding it strictly: invalid
	 * UTF-8 and control characters other than tab, line feed, carriage return and form
	 * feed make it a problem node.
	 * @param path the absolute path
	 * @param data the data, {@code null} for none
	 * @param mzxid the zxid of its last change
	 * @param mtime when it last changed
	 * @return the znode
	 */
	public static ZNode of(String path, byte @Nullable [] data, long mzxid, long mtime) {
		if (data == null || data.length == 0) {
			return new ZNode(path, "", 0, mzxid, mtime, null);
		}
		if (isPlainAscii(data)) {
			return new ZNode(path, new String(data, StandardCharsets.US_ASCII), data.length, mzxid, mtime, null);
		}
		String text;
		try {
			text = decoder().decode(ByteBuffer.wrap(data)).toString();
		}
		catch (CharacterCodingException ex) {
			return problem(path, data.length, mzxid, mtime, "is not valid UTF-8 text");
		}
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				return problem(path, data.length, mzxid, mtime, "holds binary data (control character U+"
						+ String.format("%04X", (int) text.charAt(i)) + " at character " + (i + 1) + ")");
			}
		}
		return new ZNode(path, text, data.length, mzxid, mtime, null);
	}

	/**
	 * Create a znode that cannot be used as configuration.
	 * @param path the absolute path
	 * @param size the length of its data, {@code 0} if unknown
	 * @param mzxid the zxid of its last change, {@code 0} if unknown
	 * @param mtime when it last changed, {@code 0} if unknown
	 * @param problem why
	 * @return the znode
	 */
	public static ZNode problem(String path, int size, long mzxid, long mtime, String problem) {
		return new ZNode(path, null, size, mzxid, mtime, problem);
	}

	/**
	 * Whether the znode can be used: its data is text.
	 * @return {@code true} if there is no problem
	 */
	public boolean isUsable() {
		return this.problem == null;
	}

	/**
	 * Return the data as text, for a znode that {@linkplain #isUsable() can be used}.
	 * @return the text
	 * @throws IllegalStateException if the znode has a problem
	 */
	public String usableText() {
		Assert.state(this.text != null, () -> "znode " + this.path + " " + this.problem);
		return this.text;
	}

	private static boolean isPlainAscii(byte[] data) {
		for (byte b : data) {
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
				return false;
			}
		}
		return true;
	}

	private static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f;
	}

	private static CharsetDecoder decoder() {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

}
