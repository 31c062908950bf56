package dev.zkconfig.actuate;

import dev.zkconfig.support.SecretValues;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * zk-config's rules for secret-looking keys ({@link SecretValues}) as a
 * {@link SanitizingFunction}, so that actuator endpoints ({@code /actuator/env},
 * {@code /actuator/configprops} and zk-config's own) mask the same values zk-config masks
 * in its logs and events, even when they show values.
 */
public class ZkConfigSanitizingFunction implements SanitizingFunction {

	private final SecretValues secrets;

	/**
	 * Create the function.
	 * @param secrets the application's rules, its own key patterns included
	 */
	public ZkConfigSanitizingFunction(SecretValues secrets) {
		this.secrets = secrets;
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		Object value = data.getValue();
		if (value == null) {
			return data;
		}
		if (this.secrets.isHidden(data.getKey())) {
			return data.withSanitizedValue();
		}
		String text = value.toString();
		String sanitized = this.secrets.mask(data.getKey(), text);
		return sanitized.equals(text) ? data : data.withValue(sanitized);
	}

}
