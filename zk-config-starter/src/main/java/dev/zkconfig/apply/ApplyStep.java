package dev.zkconfig.apply;

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
	 * Apply changes. Called on the pipeline's thread, one round at a time.
	 * @param round the accepted changes, never empty; a step records the beans it updates
	 * with {@link ApplyRound#touched(String)}
	 */
	void apply(ApplyRound round);

}
