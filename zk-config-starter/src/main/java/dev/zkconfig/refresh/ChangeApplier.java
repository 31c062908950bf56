package dev.zkconfig.refresh;

/**
 * Applies a batch of configuration changes to an application, once the property sources
 * already hold the new values: for example rebinds beans and publishes events.
 */
@FunctionalInterface
public interface ChangeApplier {

	/**
	 * Apply a batch of changes. Called on the dispatcher's thread, one batch at a time.
	 * @param batch the changes
	 */
	void apply(ChangeBatch batch);

}
