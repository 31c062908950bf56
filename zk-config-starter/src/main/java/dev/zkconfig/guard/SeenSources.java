package dev.zkconfig.guard;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.PropertySource;

/**
 * The property sources of an environment as last seen, in their order, to tell when they
 * change: they rarely do once the application runs, so what is derived from them is kept
 * until then.
 */
final class SeenSources {

	private List<PropertySource<?>> seen = List.of();

	/**
	 * Whether the sources are the same objects, in the same order, as last seen; if not,
	 * they are remembered as seen.
	 * @param sources the environment's sources now
	 * @return {@code true} if nothing changed
	 */
	boolean same(Iterable<PropertySource<?>> sources) {
		int i = 0;
		boolean same = true;
		for (PropertySource<?> source : sources) {
			if (i >= this.seen.size() || this.seen.get(i++) != source) {
				same = false;
				break;
			}
		}
		if (same && i == this.seen.size()) {
			return true;
		}
		List<PropertySource<?>> current = new ArrayList<>();
		sources.forEach(current::add);
		this.seen = List.copyOf(current);
		return false;
	}

	/**
	 * Return the sources last seen.
	 * @return the sources, in order
	 */
	List<PropertySource<?>> get() {
		return this.seen;
	}

}
