package dev.zkconfig.sample.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.stereotype.Component;

/**
 * A {@code @RefreshScope} bean with {@code @Value} fields: it is created anew, with the
 * new values, after each change.
 */
@Component
@RefreshScope
public class Greeting {

	@Value("${greeting.message:Hello}")
	private String message;

	@Value("${greeting.repeat:1}")
	private int repeat;

	public String getMessage() {
		return this.message;
	}

	public int getRepeat() {
		return this.repeat;
	}

}
