package dev.zkconfig.actuate;

import java.util.Set;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/**
 * The web side of the {@link ZkConfigEndpoint}: values are shown to authorized users only
 * when {@code management.endpoint.zkconfig.show-values} is {@code when-authorized}, and
 * an unknown key answers 404.
 */
@EndpointWebExtension(endpoint = ZkConfigEndpoint.class)
public class ZkConfigEndpointWebExtension {

	private final ZkConfigEndpoint delegate;

	private final Show showValues;

	private final Set<String> roles;

	/**
	 * Create the extension.
	 * @param delegate the endpoint
	 * @param showValues when to show values
	 * @param roles the roles that may see values when they are shown to authorized users
	 */
	public ZkConfigEndpointWebExtension(ZkConfigEndpoint delegate, Show showValues, Set<String> roles) {
		this.delegate = delegate;
		this.showValues = showValues;
		this.roles = roles;
	}

	@ReadOperation
	public ZkConfigDescriptor zkconfig(SecurityContext securityContext) {
		return this.delegate.describe(this.showValues.isShown(securityContext, this.roles));
	}

	@ReadOperation
	public WebEndpointResponse<ZkConfigKeyDescriptor> zkconfigKey(SecurityContext securityContext,
			@Selector String key) {
		ZkConfigKeyDescriptor descriptor = this.delegate.describe(key,
				this.showValues.isShown(securityContext, this.roles));
		return (descriptor.sources().isEmpty() && descriptor.value() == null)
				? new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND)
				: new WebEndpointResponse<>(descriptor, WebEndpointResponse.STATUS_OK);
	}

}
