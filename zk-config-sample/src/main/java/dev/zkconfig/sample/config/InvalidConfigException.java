package dev.zkconfig.sample.config;

/**
 * A key or value that cannot be written to ZooKeeper; the message says what is wrong.
 */
public class InvalidConfigException extends RuntimeException {

	private final String title;

	InvalidConfigException(String title, String message) {
		super(message);
		this.title = title;
	}

	/**
	 * Return a short summary of the problem, such as "Invalid key".
	 * @return the title
	 */
	public String getTitle() {
		return this.title;
	}

}
