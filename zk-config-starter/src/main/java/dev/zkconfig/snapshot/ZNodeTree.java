package dev.zkconfig.snapshot;

import java.time.Instant;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The znodes of one configuration context as ZooKeeper reported them: the mirror that the
 * client keeps in step with ZooKeeper, from which candidate snapshots are built.
 * <p>
 * The tree is <em>settled</em> when every change ZooKeeper has reported has been read, so
 * that it holds whole transactions only. Changes are handed over in that state only.
 */
public interface ZNodeTree {

	/**
	 * Return the znode path of the context.
	 * @return the context path
	 */
	String getContextPath();

	/**
	 * Read the changes made since the last call, if the tree is settled now. The reader
	 * runs with a consistent view of the tree that is valid only during the call; the
	 * changes count as taken if it returns normally.
	 * @param <T> what the reader returns
	 * @param reader reads the view
	 * @return what the reader returned, or {@code null} if changes are being read from
	 * ZooKeeper (the listener is called again once they have been)
	 */
	<T> @Nullable T takeSettled(Function<TreeView, T> reader);

	/**
	 * Return when the tree last matched ZooKeeper: the end of its last full read, or of
	 * the last change it read while connected.
	 * @return the time and the zxid then, or {@code null} if it never did
	 */
	@Nullable SyncPoint getLastSync();

	/**
	 * Set the listener called each time the tree settles with changes to take. It is
	 * called on ZooKeeper's event thread and must return at once.
	 * @param listener the listener
	 */
	void setChangeListener(Runnable listener);

	/**
	 * A moment when a tree matched ZooKeeper.
	 *
	 * @param time when
	 * @param zxid the highest zxid the tree reflected then
	 */
	record SyncPoint(Instant time, long zxid) {
	}

}
