package dev.zkconfig.apply;

import java.util.List;

import dev.zkconfig.snapshot.ConfigChange;

/**
 * One step of applying accepted configuration changes to the application, run by the
 * {@link ChangePipeline} after the new snapshots are served, in {@code @Order}: rebind
 * {@code @ConfigurationProperties} beans, refresh {@code @RefreshScope} beans, publish
 * the change event. A step that fails is logged and the next one still runs.
 */
@FunctionalInterface
public interface ApplyStep {

	/** Order of the step that rebinds {@code @ConfigurationProperties} beans. */
	int REBIND = 100;

	/** Order of the step that refreshes {@code @RefreshScope} beans. */
	int REFRESH_SCOPE = 200;

	/** Order of the step that publishes the change event. */
	int PUBLISH = 300;

	/**
	 * Apply changes. Called on the pipeline's thread, one batch at a time.
	 * @param changes the accepted changes, never empty
	 */
	void apply(List<ConfigChange> changes);

}
