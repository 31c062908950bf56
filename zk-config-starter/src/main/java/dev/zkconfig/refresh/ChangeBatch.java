package dev.zkconfig.refresh;

import java.util.List;
import java.util.Set;

/**
 * Changes coalesced for one refresh.
 *
 * @param changes the net changes, each key once with its first old and last new value;
 * a key whose value went back to where it started is not among them
 * @param keys every key touched since the last refresh, including those that went back
 * to their starting value (beans may have read the value in between)
 */
public record ChangeBatch(List<ConfigChange> changes, Set<String> keys) {

	public ChangeBatch {
		changes = List.copyOf(changes);
		keys = Set.copyOf(keys);
	}

}
