package dev.zkconfig.zookeeper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import dev.zkconfig.snapshot.DocumentParser;
import dev.zkconfig.snapshot.ZNode;
import dev.zkconfig.snapshot.ZNodeProblem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.curator.utils.ZKPaths;
import org.apache.zookeeper.KeeperException.Code;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.OpResult;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.Stat;
import org.jspecify.annotations.Nullable;

/**
 * One full read of a {@link TreeSync}'s subtree, level by level: the children of a
 * level's znodes are listed in batched multi-reads, and their data read in multi-reads
 * batched by their sizes, so that no reply comes near ZooKeeper's packet limit
 * ({@code jute.maxbuffer}, 1 MB by default); a large znode is read on its own.
 * <p>
 * Sizes are those the mirror knows from the last read; a znode it does not know is taken
 * to be small, as configuration values are, or, for a whole document, to be
 * {@value #DOCUMENT_GUESS} bytes. Should that be wrong, the reply is too large for the
 * client, the connection drops, and the read after the reconnect is a careful one: it
 * asks each znode's size with {@code exists} first, which costs one request per znode
 * instead of one per hundred.
 * <p>
 * A znode the client may not read is kept as a problem, with what is known below it. The
 * callbacks run on ZooKeeper's event thread, one at a time, so the state needs no
 * locking; a newer full read makes it void.
 */
final class FullRead {

	private static final Log logger = LogFactory.getLog(FullRead.class);

	/** Most bytes of data in one multi-read reply, well under the 1 MB packet limit. */
	private static final int BATCH_BYTES = 256 * 1024;

	/**
	 * Most children listed in one multi-read, so that long names stay under the limit
	 * too.
	 */
	private static final int BATCH_CHILDREN = 2_000;

	/** The size taken for a document the mirror does not know yet. */
	private static final int DOCUMENT_GUESS = 64 * 1024;

	/** The reply's own bytes for each operation: header, stat and error code. */
	private static final int OPERATION_OVERHEAD = 128;

	private final TreeSync sync;

	private final ZNodeMirror mirror;

	private final int id;

	private final boolean careful;

	private boolean readingData;

	FullRead(TreeSync sync, int id, boolean careful) {
		this.sync = sync;
		this.mirror = sync.getMirror();
		this.id = id;
		this.careful = careful;
	}

	void start() {
		try {
			this.sync.zooKeeper()
				.getData(this.sync.inNamespace(this.sync.getRoot()), false, (rc, path, context, data, stat) -> {
					if (this.sync.isClosed()) {
						return;
					}
					Code code = Code.get(rc);
					if (code == Code.OK) {
						this.mirror.put(ZNode.of(this.sync.getRoot(), data, stat.getMzxid(), stat.getMtime()));
						listChildren(List.of(new Parent(this.sync.getRoot(), stat.getNumChildren())));
					}
					else if (code == Code.NONODE) {
						end(true, null);
					}
					else if (code == Code.NOAUTH) {
						end(false, ZNodeProblem.NO_AUTH);
					}
					else {
						abort(code);
					}
				}, null);
		}
		catch (Exception ex) {
			abort(Code.CONNECTIONLOSS);
		}
	}

	private void listChildren(List<Parent> parents) {
		List<Parent> withChildren = parents.stream().filter((parent) -> parent.children() > 0).toList();
		List<List<Parent>> batches = MultiBatches.of(withChildren, BATCH_CHILDREN, Parent::children);
		if (batches.isEmpty()) {
			end(true, null);
			return;
		}
		List<String> children = new ArrayList<>();
		Countdown countdown = new Countdown(batches.size(), () -> {
			if (this.careful) {
				sizeChildren(children);
			}
			else {
				readData(children, this::knownOrGuessedSize);
			}
		});
		for (List<Parent> batch : batches) {
			multi(batch, (parent) -> Op.getChildren(this.sync.inNamespace(parent.path())), (results) -> {
				for (int i = 0; i < results.size(); i++) {
					String parent = batch.get(i).path();
					if (results.get(i) instanceof OpResult.GetChildrenResult listed) {
						listed.getChildren().forEach((child) -> children.add(ZKPaths.makePath(parent, child)));
					}
					else if (isNoAuth(results.get(i))) {
						this.mirror.keepBelow(parent);
					}
				}
				countdown.done();
			});
		}
	}

	/**
	 * {@code exists} is not a multi-read operation, so sizes are asked for one by one,
	 * all at once.
	 */
	private void sizeChildren(List<String> children) {
		if (children.isEmpty()) {
			end(true, null);
			return;
		}
		Map<String, Stat> sizes = new HashMap<>();
		List<Code> failures = new ArrayList<>();
		Countdown countdown = new Countdown(children.size(), () -> readDataUnless(failures, children, sizes));
		try {
			ZooKeeper zooKeeper = this.sync.zooKeeper();
			for (String child : children) {
				zooKeeper.exists(this.sync.inNamespace(child), false, (rc, path, context, stat) -> {
					if (this.sync.isClosed()) {
						return;
					}
					Code code = Code.get(rc);
					if (code == Code.OK) {
						sizes.put(child, stat);
					}
					else if (code == Code.NOAUTH) {
						this.mirror.put(TreeSync.unreadable(child));
						this.mirror.keepBelow(child);
					}
					else if (code != Code.NONODE) {
						failures.add(code);
					}
					countdown.done();
				}, null);
			}
		}
		catch (Exception ex) {
			abort(Code.CONNECTIONLOSS);
		}
	}

	private void readDataUnless(List<Code> failures, List<String> children, Map<String, Stat> sizes) {
		if (failures.isEmpty()) {
			List<String> existing = children.stream().filter(sizes::containsKey).toList();
			readData(existing, (path) -> {
				Stat stat = sizes.get(path);
				return (stat != null) ? stat.getDataLength() : -1;
			});
		}
		else {
			abort(failures.get(0));
		}
	}

	private int knownOrGuessedSize(String path) {
		int known = this.mirror.knownSize(path);
		if (known >= 0) {
			return known;
		}
		return DocumentParser.isDocument(this.sync.getRoot(), path) ? DOCUMENT_GUESS : 0;
	}

	/** Read the data of znodes in batches by their sizes, {@code -1} where unknown. */
	private void readData(List<String> children, ToIntFunction<String> sizes) {
		List<List<String>> batches = MultiBatches.of(children, BATCH_BYTES,
				(path) -> Math.max(0, sizes.applyAsInt(path)) + OPERATION_OVERHEAD + path.length());
		this.readingData = true;
		List<Parent> parents = new ArrayList<>();
		Countdown countdown = new Countdown(batches.size(), () -> listChildren(parents));
		if (batches.isEmpty()) {
			listChildren(parents);
			return;
		}
		for (List<String> batch : batches) {
			multi(batch, (path) -> Op.getData(this.sync.inNamespace(path)), (results) -> {
				for (int i = 0; i < results.size(); i++) {
					String path = batch.get(i);
					if (results.get(i) instanceof OpResult.GetDataResult read) {
						Stat stat = read.getStat();
						this.mirror.put(ZNode.of(path, read.getData(), stat.getMzxid(), stat.getMtime()));
						parents.add(new Parent(path, stat.getNumChildren()));
					}
					else if (isNoAuth(results.get(i))) {
						this.mirror.put(TreeSync.unreadable(path));
						this.mirror.keepBelow(path);
					}
				}
				countdown.done();
			});
		}
	}

	/**
	 * A multi-read answers each operation on its own, a znode deleted meanwhile with an
	 * error result, so only a missing reply is a failure.
	 */
	private <T> void multi(List<T> items, Function<T, Op> operation, Consumer<List<OpResult>> onResults) {
		try {
			List<Op> batch = items.stream().map(operation).toList();
			this.sync.zooKeeper().multi(batch, (rc, path, context, results) -> {
				if (this.sync.isClosed()) {
					return;
				}
				if (results != null && results.size() == batch.size()) {
					onResults.accept(results);
				}
				else {
					abort(Code.get(rc));
				}
			}, null);
		}
		catch (Exception ex) {
			abort(Code.CONNECTIONLOSS);
		}
	}

	private void abort(Code code) {
		logger.debug("The full read of " + this.sync.getRoot() + " stopped (" + code
				+ "); it starts again once the watch is set again");
		if (this.readingData && !this.careful) {
			this.sync.dataReadLost();
		}
		end(false, null);
	}

	private void end(boolean completed, @Nullable String problem) {
		if (logger.isDebugEnabled()) {
			logger.debug("Full read of " + this.sync.getRoot()
					+ (completed ? " complete" : " ended" + ((problem != null) ? ": the context " + problem : "")));
		}
		if (!this.sync.isClosed()) {
			this.sync.fullReadEnded(completed);
			this.mirror.resyncEnded(this.id, completed, problem);
		}
	}

	private static boolean isNoAuth(OpResult result) {
		return result instanceof OpResult.ErrorResult error && error.getErr() == Code.NOAUTH.intValue();
	}

	private record Parent(String path, int children) {
	}

	/** Runs an action once a number of replies are in. */
	private static final class Countdown {

		private int remaining;

		private final Runnable action;

		Countdown(int count, Runnable action) {
			this.remaining = count;
			this.action = action;
		}

		void done() {
			if (--this.remaining == 0) {
				this.action.run();
			}
		}

	}

}
