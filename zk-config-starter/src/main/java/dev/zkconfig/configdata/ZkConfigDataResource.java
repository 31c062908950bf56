package dev.zkconfig.configdata;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.config.ConfigDataResource;
import org.springframework.core.style.ToStringCreator;

/**
 * One ZooKeeper configuration context to load, resolved from a {@code zookeeper:} import.
 */
public class ZkConfigDataResource extends ConfigDataResource {

	private final String name;

	private final String contextPath;

	private final boolean optional;

	private final @Nullable String profile;

	private final List<String> activeProfiles;

	/**
	 * Create a resource.
	 * @param name the context as configured, used as the property source name
	 * @param optional whether the import was {@code optional:}
	 * @param profile the profile this context is specific to, or {@code null}
	 * @param activeProfiles the application's active profiles
	 */
	ZkConfigDataResource(String name, boolean optional, @Nullable String profile, List<String> activeProfiles) {
		super(optional);
		this.name = name;
		this.contextPath = name.startsWith("/") ? name : "/" + name;
		this.optional = optional;
		this.profile = profile;
		this.activeProfiles = List.copyOf(activeProfiles);
	}

	/**
	 * Whether the import was {@code optional:}.
	 * @return {@code true} if a failure to load may be ignored
	 */
	public boolean isOptional() {
		return this.optional;
	}

	/**
	 * Return the context as configured, which names its property source.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Return the absolute znode path of the context.
	 * @return the context path
	 */
	public String getContextPath() {
		return this.contextPath;
	}

	/**
	 * Return the profile this context is specific to.
	 * @return the profile, or {@code null}
	 */
	public @Nullable String getProfile() {
		return this.profile;
	}

	/**
	 * Return the application's active profiles, which select the parts of multi-document
	 * files that apply.
	 * @return the active profiles
	 */
	public List<String> getActiveProfiles() {
		return this.activeProfiles;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || getClass() != other.getClass()) {
			return false;
		}
		ZkConfigDataResource that = (ZkConfigDataResource) other;
		return isOptional() == that.isOptional() && this.name.equals(that.name)
				&& Objects.equals(this.profile, that.profile);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, isOptional(), this.profile);
	}

	@Override
	public String toString() {
		return new ToStringCreator(this).append("context", this.contextPath)
			.append("optional", isOptional())
			.append("profile", this.profile)
			.toString();
	}

}
