package dev.zkconfig.security;

import java.util.List;

import dev.zkconfig.autoconfigure.ZkConfigProperties;
import dev.zkconfig.autoconfigure.ZkConfigProperties.Acl.Mode;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Id;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConfiguredAclProviderTests {

	@Test
	void isCreatorAllByDefaultWhenTheSessionAuthenticates() {
		assertThat(ConfiguredAclProvider.of(new ZkConfigProperties.Acl(), true).getDefaultAcl())
			.isEqualTo(ZooDefs.Ids.CREATOR_ALL_ACL);
	}

	@Test
	void isOpenByDefaultWithoutAuthentication() {
		assertThat(ConfiguredAclProvider.of(new ZkConfigProperties.Acl(), false).getDefaultAcl())
			.isEqualTo(ZooDefs.Ids.OPEN_ACL_UNSAFE);
	}

	@Test
	void addsEntriesToTheMode() {
		ZkConfigProperties.Acl settings = new ZkConfigProperties.Acl();
		settings.setMode(Mode.CREATOR_ALL_WORLD_READ);
		settings.setEntries(List.of("digest:ops:aGFzaA==:rwcda", "ip:10.0.0.0/8:r", "sasl:zk/host@REALM:*"));
		assertThat(ConfiguredAclProvider.of(settings, true).getAclForPath("/config/app")).containsExactly(
				new ACL(ZooDefs.Perms.ALL, ZooDefs.Ids.AUTH_IDS),
				new ACL(ZooDefs.Perms.READ, ZooDefs.Ids.ANYONE_ID_UNSAFE),
				new ACL(ZooDefs.Perms.ALL, new Id("digest", "ops:aGFzaA==")),
				new ACL(ZooDefs.Perms.READ, new Id("ip", "10.0.0.0/8")),
				new ACL(ZooDefs.Perms.ALL, new Id("sasl", "zk/host@REALM")));
	}

	@Test
	void customModeHasOnlyTheEntries() {
		ZkConfigProperties.Acl settings = new ZkConfigProperties.Acl();
		settings.setMode(Mode.CUSTOM);
		settings.setEntries(List.of("world:anyone:rc"));
		assertThat(ConfiguredAclProvider.of(settings, true).getDefaultAcl())
			.containsExactly(new ACL(ZooDefs.Perms.READ | ZooDefs.Perms.CREATE, ZooDefs.Ids.ANYONE_ID_UNSAFE));
	}

	@Test
	void customModeWithoutEntriesIsRefused() {
		ZkConfigProperties.Acl settings = new ZkConfigProperties.Acl();
		settings.setMode(Mode.CUSTOM);
		assertThatExceptionOfType(InvalidSecuritySettingException.class)
			.isThrownBy(() -> ConfiguredAclProvider.of(settings, true))
			.withMessage("zkconfig.acl.mode is custom but zkconfig.acl.entries is empty")
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("zkconfig.acl.entries"));
	}

	@Test
	void aMalformedEntryIsNamedWithoutItsDigest() {
		ZkConfigProperties.Acl settings = new ZkConfigProperties.Acl();
		settings.setEntries(List.of("digest:ops:c2VjcmV0LWhhc2g=:rwx"));
		assertThatExceptionOfType(InvalidSecuritySettingException.class)
			.isThrownBy(() -> ConfiguredAclProvider.of(settings, true))
			.withMessage("ACL entry 'digest:ops:...' has permissions 'rwx': use the letters r, w, c, d and a, or *");
		settings.setEntries(List.of("anyone"));
		assertThatExceptionOfType(InvalidSecuritySettingException.class)
			.isThrownBy(() -> ConfiguredAclProvider.of(settings, true))
			.withMessageContaining("is not scheme:id:permissions");
	}

}
