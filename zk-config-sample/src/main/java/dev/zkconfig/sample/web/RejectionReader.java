package dev.zkconfig.sample.web;

import java.util.List;
import java.util.Set;

import dev.zkconfig.guard.Rejection;
import dev.zkconfig.guard.Rejections;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads the changes the starter's guard rejected ({@link Rejections}) as the page shows
 * them, telling those still standing from those resolved by a later accepted change.
 */
@Component
public class RejectionReader {

	private final ObjectProvider<Rejections> rejections;

	public RejectionReader(ObjectProvider<Rejections> rejections) {
		this.rejections = rejections;
	}

	/**
	 * Return the standing rejections and the latest ones.
	 * @param limit the maximum number of latest rejections
	 * @return the rejections
	 */
	public ConfigView.Rejections current(int limit) {
		Rejections all = this.rejections.getIfAvailable();
		if (all == null) {
			return new ConfigView.Rejections(List.of(), List.of());
		}
		// recent first: a rejection recorded in between then shows as standing, not
		// resolved
		List<Rejection> recent = all.getRecent().stream().limit(Math.max(limit, 0)).toList();
		List<Rejection> standing = all.getStanding();
		Set<Rejection> stillStanding = Set.copyOf(standing);
		return new ConfigView.Rejections(shown(standing, stillStanding), shown(recent, stillStanding));
	}

	/**
	 * Return some rejections as the page shows them.
	 * @param rejected the rejections, such as those of one event
	 * @return the rejections, each marked standing or not as it is now
	 */
	public List<RejectedChange> describe(List<Rejection> rejected) {
		Rejections all = this.rejections.getIfAvailable();
		return shown(rejected, (all != null) ? Set.copyOf(all.getStanding()) : Set.of());
	}

	private static List<RejectedChange> shown(List<Rejection> rejections, Set<Rejection> standing) {
		return rejections.stream()
			.map((rejection) -> RejectedChange.of(rejection, standing.contains(rejection)))
			.toList();
	}

}
