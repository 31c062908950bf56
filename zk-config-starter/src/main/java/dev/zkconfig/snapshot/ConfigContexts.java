package dev.zkconfig.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configuration contexts of an application, created while its configuration is
 * loaded and then handed to the application context, where the change pipeline keeps
 * their snapshots up to date.
 */
public final class ConfigContexts {

	private final Map<String, ConfigContext> contexts = new ConcurrentHashMap<>();

	private final List<ConfigContext> ordered = new ArrayList<>();

	private volatile Listener listener;

	/**
	 * Return a context, if it has been loaded.
	 * @param contextPath the znode path of the context
	 * @return the context, or {@code null}
	 */
	public ConfigContext get(String contextPath) {
		return this.contexts.get(contextPath);
	}

	/**
	 * Add a loaded context, unless one with the same path was added before.
	 * @param context the context
	 * @return the context with that path
	 */
	public synchronized ConfigContext add(ConfigContext context) {
		ConfigContext existing = this.contexts.putIfAbsent(context.getContextPath(), context);
		if (existing != null) {
			return existing;
		}
		this.ordered.add(context);
		context.getTree().setChangeListener(() -> notifyChanged(context));
		return context;
	}

	/**
	 * Return the contexts, in the order they were loaded.
	 * @return the contexts
	 */
	public synchronized List<ConfigContext> getAll() {
		return List.copyOf(this.ordered);
	}

	/**
	 * Set the listener told when a context's tree has changes to take. Contexts whose
	 * trees changed before are not reported: the listener looks at every context once
	 * when it starts.
	 * @param listener the listener, {@code null} to remove it
	 */
	public void setListener(Listener listener) {
		this.listener = listener;
	}

	private void notifyChanged(ConfigContext context) {
		Listener current = this.listener;
		if (current != null) {
			current.changed(context);
		}
	}

	/**
	 * Told when a context's tree has changes to take.
	 */
	@FunctionalInterface
	public interface Listener {

		/**
		 * Called on ZooKeeper's event thread; must return at once.
		 * @param context the context whose tree changed
		 */
		void changed(ConfigContext context);

	}

}
