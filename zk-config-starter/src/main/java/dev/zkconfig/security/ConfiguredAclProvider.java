package dev.zkconfig.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import dev.zkconfig.autoconfigure.ZkConfigProperties;
import dev.zkconfig.autoconfigure.ZkConfigProperties.Acl.Mode;
import org.apache.curator.framework.api.ACLProvider;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Id;

import org.springframework.util.StringUtils;

/**
 * The ACL of every znode created through the configuration client
 * ({@code zkconfig.acl.*}): given to Curator's builder, it applies to every create,
 * parents created by {@code creatingParentsIfNeeded()} included.
 */
public final class ConfiguredAclProvider implements ACLProvider {

	private static final String ENTRIES = "zkconfig.acl.entries";

	private final Mode mode;

	private final List<ACL> acl;

	private ConfiguredAclProvider(Mode mode, List<ACL> acl) {
		this.mode = mode;
		// not List.copyOf: ZooKeeper asks the list whether it contains null, which such a
		// list refuses
		this.acl = Collections.unmodifiableList(new ArrayList<>(acl));
	}

	/**
	 * Return the ACL the settings ask for.
	 * @param settings the {@code zkconfig.acl} settings
	 * @param authenticated whether the session authenticates ({@code zkconfig.auth}),
	 * which makes creator-all the default
	 * @return the provider
	 * @throws InvalidSecuritySettingException if an entry cannot be parsed, or the mode
	 * is custom without entries
	 */
	public static ConfiguredAclProvider of(ZkConfigProperties.Acl settings, boolean authenticated) {
		Mode mode = (settings.getMode() != null) ? settings.getMode() : (authenticated ? Mode.CREATOR_ALL : Mode.OPEN);
		List<ACL> acl = new ArrayList<>(switch (mode) {
			case OPEN -> ZooDefs.Ids.OPEN_ACL_UNSAFE;
			case CREATOR_ALL -> ZooDefs.Ids.CREATOR_ALL_ACL;
			case CREATOR_ALL_WORLD_READ -> {
				List<ACL> both = new ArrayList<>(ZooDefs.Ids.CREATOR_ALL_ACL);
				both.addAll(ZooDefs.Ids.READ_ACL_UNSAFE);
				yield both;
			}
			case CUSTOM -> List.of();
		});
		for (String entry : settings.getEntries()) {
			if (StringUtils.hasText(entry)) {
				acl.add(parse(entry.trim()));
			}
		}
		if (acl.isEmpty()) {
			throw new InvalidSecuritySettingException(ENTRIES,
					"zkconfig.acl.mode is custom but zkconfig.acl.entries is empty", null);
		}
		return new ConfiguredAclProvider(mode, acl);
	}

	/**
	 * Parse an entry {@code scheme:id:permissions}; the id may contain colons (a digest
	 * is {@code user:hash}).
	 * @param entry the entry
	 * @return the ACL entry
	 * @throws InvalidSecuritySettingException if it cannot be parsed
	 */
	static ACL parse(String entry) {
		int first = entry.indexOf(':');
		int last = entry.lastIndexOf(':');
		if (first <= 0 || last <= first) {
			throw new InvalidSecuritySettingException(ENTRIES,
					"ACL entry '" + describe(entry) + "' is not scheme:id:permissions, for example world:anyone:r",
					null);
		}
		String scheme = entry.substring(0, first);
		String id = entry.substring(first + 1, last);
		return new ACL(permissions(entry, entry.substring(last + 1)), new Id(scheme, id));
	}

	private static int permissions(String entry, String letters) {
		if ("*".equals(letters) || "all".equalsIgnoreCase(letters)) {
			return ZooDefs.Perms.ALL;
		}
		int permissions = 0;
		for (char letter : letters.toLowerCase(Locale.ROOT).toCharArray()) {
			permissions |= switch (letter) {
				case 'r' -> ZooDefs.Perms.READ;
				case 'w' -> ZooDefs.Perms.WRITE;
				case 'c' -> ZooDefs.Perms.CREATE;
				case 'd' -> ZooDefs.Perms.DELETE;
				case 'a' -> ZooDefs.Perms.ADMIN;
				default -> throw new InvalidSecuritySettingException(ENTRIES, "ACL entry '" + describe(entry)
						+ "' has permissions '" + letters + "': use the letters r, w, c, d and a, or *", null);
			};
		}
		if (permissions == 0) {
			throw new InvalidSecuritySettingException(ENTRIES,
					"ACL entry '" + describe(entry) + "' grants no permission", null);
		}
		return permissions;
	}

	/** A digest id holds a password hash: only the scheme and the user are shown. */
	private static String describe(String entry) {
		int first = entry.indexOf(':');
		if (first > 0 && entry.substring(0, first).equals("digest")) {
			int user = entry.indexOf(':', first + 1);
			return (user > 0) ? entry.substring(0, user) + ":..." : "digest:...";
		}
		return entry;
	}

	/**
	 * Return the mode the ACL comes from.
	 * @return the mode
	 */
	public Mode getMode() {
		return this.mode;
	}

	@Override
	public List<ACL> getDefaultAcl() {
		return this.acl;
	}

	@Override
	public List<ACL> getAclForPath(String path) {
		return this.acl;
	}

	@Override
	public String toString() {
		return this.mode.name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + this.acl.size() + " entries";
	}

}
