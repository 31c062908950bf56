package dev.zkconfig.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * The configuration contexts of an application, created while its configuration is loaded
 * and then handed to the application context, where the change pipeline keeps their
 * snapshots up to date.
 */
public final class ConfigContexts {

	private final Map<String, ConfigContext> contexts = new ConcurrentHashMap<>();

	private final List<ConfigContext> ordered = new ArrayList<>();

	private volatile @Nullable Listener listener;

	private volatile @Nullable BiConsumer<ConfigContext, ConfigSnapshot> acceptListener;

	/**
	 * Return a context, if it has been loaded.
	 * @param contextPath the znode path of the context
	 * @return the context, or {@code null} if it has not been loaded
	 */
	public @Nullable ConfigContext get(String contextPath) {
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
		context.setAcceptListener(this::notifyAccepted);
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
	public void setListener(@Nullable Listener listener) {
		this.listener = listener;
	}

	/**
	 * Set the listener told of each accepted snapshot.
	 * @param listener the listener, called on the thread that accepts; {@code null} to
	 * remove it
	 */
	public void setAcceptListener(@Nullable BiConsumer<ConfigContext, ConfigSnapshot> listener) {
		this.acceptListener = listener;
	}

	private void notifyAccepted(ConfigContext context, ConfigSnapshot snapshot) {
		BiConsumer<ConfigContext, ConfigSnapshot> current = this.acceptListener;
		if (current != null) {
			current.accept(context, snapshot);
		}
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
