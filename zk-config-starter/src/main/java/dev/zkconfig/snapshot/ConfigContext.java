package dev.zkconfig.snapshot;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * One configuration context of the application: the mirror of its znodes, the builder of
 * its candidates, and its accepted snapshot, which its {@code PropertySource} serves and
 * only the change pipeline replaces.
 */
public final class ConfigContext {

	private final String name;

	private final ZNodeTree tree;

	private final CandidateBuilder builder;

	private final AtomicReference<ConfigSnapshot> accepted;

	private volatile BiConsumer<ConfigContext, ConfigSnapshot> acceptListener = (context, snapshot) -> {
	};

	/**
	 * Create a context.
	 * @param name the name of its property source: the context as configured, for example
	 * {@code config/application}
	 * @param tree the mirror of its znodes
	 * @param builder builds its candidates
	 * @param initial its first accepted snapshot
	 */
	public ConfigContext(String name, ZNodeTree tree, CandidateBuilder builder, ConfigSnapshot initial) {
		this.name = name;
		this.tree = tree;
		this.builder = builder;
		this.accepted = new AtomicReference<>(initial);
	}

	/**
	 * Return the name of the context's property source.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Return the znode path of the context.
	 * @return the path
	 */
	public String getContextPath() {
		return this.tree.getContextPath();
	}

	/**
	 * Return the mirror of the context's znodes.
	 * @return the tree
	 */
	public ZNodeTree getTree() {
		return this.tree;
	}

	/**
	 * Return the builder of the context's candidates.
	 * @return the builder
	 */
	public CandidateBuilder getBuilder() {
		return this.builder;
	}

	/**
	 * Return the accepted snapshot.
	 * @return the snapshot
	 */
	public ConfigSnapshot getAccepted() {
		return Objects.requireNonNull(this.accepted.get(), "An accepted snapshot is only ever replaced");
	}

	/**
	 * Make a candidate the accepted snapshot, in one step.
	 * @param candidate a candidate built on the accepted snapshot and checked
	 * @return the snapshot it replaced
	 */
	public ConfigSnapshot accept(Candidate candidate) {
		this.builder.accepted(candidate);
		ConfigSnapshot replaced = this.accepted.getAndSet(candidate.snapshot());
		this.acceptListener.accept(this, candidate.snapshot());
		return replaced;
	}

	/**
	 * Set the listener told of each snapshot accepted after this one.
	 * @param listener the listener, called on the thread that accepts
	 */
	void setAcceptListener(BiConsumer<ConfigContext, ConfigSnapshot> listener) {
		this.acceptListener = listener;
	}

}
