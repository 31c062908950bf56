package dev.zkconfig.event;

import java.util.List;
import java.util.Set;

import dev.zkconfig.snapshot.ConfigChange;

import org.springframework.context.ApplicationEvent;

/**
 * Published after a change to ZooKeeper configuration has been accepted and applied: the
 * property sources serve the new snapshots, {@code @ConfigurationProperties} beans are
 * rebound and {@code @RefreshScope} beans refreshed. It lists exactly the differences
 * between the snapshots before and after; changes that arrive close together come as one
 * event.
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
	 * Return the applied changes.
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
		return ConfigChange.keysOf(this.changes);
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + " " + this.changes;
	}

}
