package dev.zkconfig.sample.web;

/**
 * How the page writes a ZooKeeper transaction id (zxid), the version of a snapshot.
 */
final class Versions {

	private Versions() {
	}

	static String hex(long zxid) {
		return "0x" + Long.toHexString(zxid);
	}

}
