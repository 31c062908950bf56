package dev.zkconfig.apply;

import java.util.List;

import dev.zkconfig.guard.Rejection;

/**
 * Told by the {@link ChangePipeline} what it applied and what it rejected, for history
 * and metrics. Called on the pipeline's thread; must return quickly.
 */
public interface ChangeListener {

	/**
	 * Called after a round of changes has been applied.
	 * @param applied what was applied
	 */
	default void applied(AppliedChanges applied) {
	}

	/**
	 * Called when a change is rejected.
	 * @param contextPath the context's znode path
	 * @param rejections why
	 */
	default void rejected(String contextPath, List<Rejection> rejections) {
	}

}
