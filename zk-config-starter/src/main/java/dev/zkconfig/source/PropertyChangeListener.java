package dev.zkconfig.source;

/**
 * Told by a {@link ContextStore} each time one of its properties changes value.
 */
@FunctionalInterface
public interface PropertyChangeListener {

	/**
	 * Called on the thread that updated the store, in the order of the updates.
	 * @param key the property key
	 * @param oldValue the value before, {@code null} if the property did not exist
	 * @param newValue the value after, {@code null} if the property no longer exists
	 */
	void propertyChanged(String key, String oldValue, String newValue);

}
