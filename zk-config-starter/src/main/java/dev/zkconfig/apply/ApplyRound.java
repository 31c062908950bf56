package dev.zkconfig.apply;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.zkconfig.snapshot.ConfigChange;

/**
 * One round of accepted changes as the {@link ApplyStep}s apply them: the changes, the
 * keys whose values they alter, and the beans the steps touch while applying them.
 */
public final class ApplyRound {

	private final List<ConfigChange> changes;

	private final Set<String> beans = new LinkedHashSet<>();

	private final Set<String> keys;

	ApplyRound(List<ConfigChange> changes, Set<String> keys) {
		this.changes = List.copyOf(changes);
		this.keys = keys;
	}

	/**
	 * Return the accepted changes, never empty.
	 * @return the changes
	 */
	public List<ConfigChange> getChanges() {
		return this.changes;
	}

	/**
	 * Return the keys whose values changed: the changed keys, then those whose values
	 * refer to them through placeholders.
	 * @return the keys
	 */
	public Set<String> getKeys() {
		return this.keys;
	}

	/**
	 * Record that a step updated a bean.
	 * @param beanName the bean's name
	 */
	public void touched(String beanName) {
		this.beans.add(beanName);
	}

	/**
	 * Return the beans the steps updated.
	 * @return the bean names
	 */
	public Set<String> getBeans() {
		return Set.copyOf(this.beans);
	}

}
