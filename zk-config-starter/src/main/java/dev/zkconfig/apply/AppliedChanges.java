package dev.zkconfig.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.zkconfig.snapshot.ConfigChange;
import org.jspecify.annotations.Nullable;

/**
 * What one round of the {@link ChangePipeline} applied.
 *
 * @param changes the accepted changes
 * @param appliedAt when the steps finished
 * @param duration how long the steps took
 * @param modifiedAt when the latest of the znodes behind the changes changed, by
 * ZooKeeper's clock, or {@code null} if unknown (only deletions)
 * @param beans the beans the steps updated
 */
public record AppliedChanges(List<ConfigChange> changes, Instant appliedAt, Duration duration,
		@Nullable Instant modifiedAt, Set<String> beans) {

	public AppliedChanges {
		changes = List.copyOf(changes);
		beans = Set.copyOf(beans);
	}

}
