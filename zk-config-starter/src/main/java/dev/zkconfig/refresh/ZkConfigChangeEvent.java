package dev.zkconfig.refresh;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEvent;

/**
 * Published after ZooKeeper configuration changes have been applied: the property
 * sources hold the new values, {@code @ConfigurationProperties} beans are rebound and
 * {@code @RefreshScope} beans refreshed. Changes that arrive close together come as one
 * event; each key appears once, with its value before the first and after the last of
 * them.
 */
public class ZkConfigChangeEvent extends ApplicationEvent {

	private final List<ConfigChange> changes;

	/**
	 * Create an event.
	 * @param source the application context the changes were applied to
	 * @param changes the applied changes
	 */
	public ZkConfigChangeEvent(Object source, List<ConfigChange> changes) {
		super(source);
		this.changes = List.copyOf(changes);
	}

	/**
	 * Return the applied changes, in the order they first arrived.
	 * @return the changes
	 */
	public List<ConfigChange> getChanges() {
		return this.changes;
	}

	/**
	 * Return the keys that changed.
	 * @return the keys
	 */
	public Set<String> getKeys() {
		return this.changes.stream().map(ConfigChange::key).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + " " + this.changes;
	}

}
