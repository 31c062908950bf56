package dev.zkconfig.snapshot;

import org.jspecify.annotations.Nullable;

/**
 * The rule that maps znodes to property keys, shared by everything that reads or writes
 * configuration znodes: a znode's key is its path relative to its context with
 * {@code '/'} replaced by {@code '.'}, so {@code /config/orders/server/port} is
 * {@code server.port} in the context {@code /config/orders}. A node named
 * {@code server.port} gives the same key; {@link #pathOf(String, String)} returns the
 * canonical path, with one znode per key part.
 */
public final class ZNodeKeys {

	private ZNodeKeys() {
	}

	/**
	 * Return the property key of a znode.
	 * @param contextPath the context's path, such as {@code /config/orders}, or the empty
	 * string for keys from the root
	 * @param path an absolute znode path
	 * @return the key, or {@code null} for the context node itself or a path outside it
	 */
	public static @Nullable String keyOf(String contextPath, String path) {
		int start = contextPath.length() + 1;
		if (path.length() <= start || !path.startsWith(contextPath) || path.charAt(start - 1) != '/') {
			return null;
		}
		return path.substring(start).replace('/', '.');
	}

	/**
	 * Return the canonical znode path of a key: one znode per part of the key.
	 * @param contextPath the context's path, or the empty string for keys from the root
	 * @param key the property key, such as {@code greeting.message}
	 * @return the path, such as {@code /config/orders/greeting/message}
	 */
	public static String pathOf(String contextPath, String key) {
		return contextPath + "/" + key.replace('.', '/');
	}

	/**
	 * Whether a path is the canonical znode path of a key
	 * ({@link #pathOf(String, String)}), without building that path.
	 * @param contextPath the context's path, or the empty string for keys from the root
	 * @param key the property key
	 * @param path an absolute znode path
	 * @return {@code true} if {@code path} equals {@code pathOf(contextPath, key)}
	 */
	public static boolean isPathOf(String contextPath, String key, String path) {
		int start = contextPath.length() + 1;
		if (path.length() != start + key.length() || !path.startsWith(contextPath) || path.charAt(start - 1) != '/') {
			return false;
		}
		for (int i = 0; i < key.length(); i++) {
			char expected = key.charAt(i);
			if (path.charAt(start + i) != ((expected == '.') ? '/' : expected)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Return the path of a znode's parent.
	 * @param path an absolute znode path other than {@code /}
	 * @return the parent's path, the empty string for a child of the root
	 */
	public static String parentOf(String path) {
		return path.substring(0, path.lastIndexOf('/'));
	}

	/**
	 * Return the name of a znode: the last part of its path.
	 * @param path an absolute znode path
	 * @return the name
	 */
	public static String nameOf(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
