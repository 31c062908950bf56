package dev.zkconfig.sample.demo;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A {@code @ConfigurationProperties} bean: the same instance is rebound after each
 * change.
 */
@ConfigurationProperties("demo")
public class DemoProperties {

	/**
	 * Title of the demo page.
	 */
	private String title = "zk-config sample";

	/**
	 * Subtitle of the demo page.
	 */
	private @Nullable String subtitle;

	/**
	 * How many recent changes the page lists.
	 */
	private int maxChanges = 10;

	/**
	 * How many recent rejected changes the page lists, besides those still standing.
	 */
	private int maxRejections = 10;

	/**
	 * A secret, to show that secret-looking values are never displayed.
	 */
	private @Nullable String apiToken;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable String getSubtitle() {
		return this.subtitle;
	}

	public void setSubtitle(@Nullable String subtitle) {
		this.subtitle = subtitle;
	}

	public int getMaxChanges() {
		return this.maxChanges;
	}

	public void setMaxChanges(int maxChanges) {
		this.maxChanges = maxChanges;
	}

	public int getMaxRejections() {
		return this.maxRejections;
	}

	public void setMaxRejections(int maxRejections) {
		this.maxRejections = maxRejections;
	}

	public @Nullable String getApiToken() {
		return this.apiToken;
	}

	public void setApiToken(@Nullable String apiToken) {
		this.apiToken = apiToken;
	}

}
