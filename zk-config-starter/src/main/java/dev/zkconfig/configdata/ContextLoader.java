package dev.zkconfig.configdata;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.zkconfig.guard.Rejection;
import dev.zkconfig.guard.Rejections;
import dev.zkconfig.localfile.LocalSnapshots;
import dev.zkconfig.snapshot.Candidate;
import dev.zkconfig.snapshot.CandidateBuilder;
import dev.zkconfig.snapshot.ConfigContext;
import dev.zkconfig.snapshot.ConfigContexts;
import dev.zkconfig.snapshot.ConfigSnapshot;
import dev.zkconfig.snapshot.DocumentParser;
import dev.zkconfig.snapshot.TreeChanges;
import dev.zkconfig.snapshot.ZNodeProblem;
import dev.zkconfig.snapshot.ZNodeTree;
import dev.zkconfig.source.ValueDecryptor;
import dev.zkconfig.source.ZkPropertySource;
import dev.zkconfig.zookeeper.ContextAccessDeniedException;
import dev.zkconfig.zookeeper.ContextLoadException;
import dev.zkconfig.zookeeper.ZkConfigClient;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

/**
 * Loads the configuration contexts of one application, once each: the first settled read
 * of a context's znodes becomes its first accepted snapshot, served by a
 * {@link ZkPropertySource}. Created in the bootstrap phase; a later load of the same
 * context (a manual refresh) returns the same live source.
 */
final class ContextLoader {

	private final ZkConfigClient client;

	private final ConfigContexts contexts = new ConfigContexts();

	private final Rejections rejections = new Rejections();

	private final Map<String, ZkPropertySource> sources = new ConcurrentHashMap<>();

	private final Settings settings;

	private final @Nullable LocalSnapshots localSnapshots;

	private final Log logger;

	ContextLoader(ZkConfigClient client, Settings settings, @Nullable LocalSnapshots localSnapshots, Log logger) {
		this.client = client;
		this.settings = settings;
		this.localSnapshots = localSnapshots;
		this.logger = logger;
	}

	/**
	 * Return where the accepted snapshots are written.
	 * @return the local snapshots, or {@code null} if they are not written
	 */
	@Nullable LocalSnapshots getLocalSnapshots() {
		return this.localSnapshots;
	}

	ZkConfigClient getClient() {
		return this.client;
	}

	ConfigContexts getContexts() {
		return this.contexts;
	}

	Rejections getRejections() {
		return this.rejections;
	}

	/**
	 * Start reading a context in the background, so that several contexts load at once.
	 * @param contextPath the context's znode path
	 */
	void prepare(String contextPath) {
		if (this.settings.watching() && this.client.isAttached()) {
			this.client.watch(contextPath);
		}
	}

	/**
	 * Return the property source of a context once its first snapshot is accepted.
	 * @param name the property source name
	 * @param contextPath the context's znode path
	 * @param activeProfiles the profiles that select parts of multi-document files
	 * @param decryptor decrypts the encrypted values the source serves, or {@code null}
	 * @return the source
	 * @throws ContextLoadException if the context cannot be read in time, a
	 * {@link ContextAccessDeniedException} if its ACL does not let the client read it
	 * @throws ZkConfigDocumentException if a znode cannot be used and fail-fast is on
	 */
	ZkPropertySource load(String name, String contextPath, Collection<String> activeProfiles,
			@Nullable ValueDecryptor decryptor) {
		if (!this.client.isAttached()) {
			return loadWithoutZooKeeper(name, contextPath, activeProfiles, decryptor);
		}
		if (!this.settings.watching()) {
			return new ZkPropertySource(name, loadContext(name, contextPath, activeProfiles,
					this.client.readOnce(contextPath, this.settings.loadTimeout())), decryptor);
		}
		ZkPropertySource loaded = this.sources.get(contextPath);
		if (loaded != null) {
			return loaded;
		}
		ZNodeTree tree = this.client.awaitSynced(contextPath, this.settings.loadTimeout());
		ConfigContext context = this.contexts.add(loadContext(name, contextPath, activeProfiles, tree));
		return this.sources.computeIfAbsent(contextPath, (path) -> new ZkPropertySource(name, context, decryptor));
	}

	/**
	 * Serve a context that ZooKeeper could not be read for from its local snapshot, or
	 * empty; its watch starts once the client connects, and its first read is applied
	 * like any change.
	 */
	private ZkPropertySource loadWithoutZooKeeper(String name, String contextPath, Collection<String> activeProfiles,
			@Nullable ValueDecryptor decryptor) {
		ZkPropertySource loaded = this.sources.get(contextPath);
		if (loaded != null) {
			return loaded;
		}
		ConfigSnapshot initial = (this.localSnapshots != null)
				? this.localSnapshots.read(contextPath, this.logger).orElse(ConfigSnapshot.empty(contextPath))
				: ConfigSnapshot.empty(contextPath);
		ConfigContext context = this.contexts.add(new ConfigContext(name, this.client.watch(contextPath),
				newBuilder(contextPath, activeProfiles), initial));
		return this.sources.computeIfAbsent(contextPath, (path) -> new ZkPropertySource(name, context, decryptor));
	}

	private CandidateBuilder newBuilder(String contextPath, Collection<String> activeProfiles) {
		return new CandidateBuilder(contextPath, new DocumentParser(activeProfiles), this.settings.maxValueSize());
	}

	private ConfigContext loadContext(String name, String contextPath, Collection<String> activeProfiles,
			ZNodeTree tree) {
		CandidateBuilder builder = newBuilder(contextPath, activeProfiles);
		TreeChanges changes = tree.takeSettled((view) -> builder.extract(view, Set.of()));
		if (changes == null) {
			// a change arrived since the read was awaited: its reads are in flight
			this.client.awaitSynced(contextPath, this.settings.loadTimeout());
			changes = tree.takeSettled((view) -> builder.extract(view, Set.of()));
		}
		if (changes == null) {
			throw new ContextLoadException(contextPath, "its znodes kept changing while it was loaded", null);
		}
		if (ZNodeProblem.isNoAuth(changes.problem())) {
			throw new ContextAccessDeniedException(contextPath);
		}
		if (changes.problem() != null) {
			throw new ContextLoadException(contextPath, "the context " + changes.problem(), null);
		}
		Candidate initial = builder.initial(changes);
		if (!initial.problems().isEmpty()) {
			if (this.settings.failFast()) {
				throw new ZkConfigDocumentException(contextPath, initial.problems());
			}
			this.rejections.record(toRejections(contextPath, initial));
		}
		ConfigContext context = new ConfigContext(name, tree, builder, initial.snapshot());
		builder.accepted(initial);
		return context;
	}

	private static List<Rejection> toRejections(String contextPath, Candidate candidate) {
		List<Rejection> rejections = new ArrayList<>();
		for (ZNodeProblem problem : candidate.problems()) {
			rejections.add(new Rejection(contextPath, problem.key(), problem.path(), null, problem.reason(),
					candidate.snapshot().getZxid(), Instant.now()));
		}
		return rejections;
	}

	/**
	 * How contexts are loaded.
	 *
	 * @param watching whether sources stay live after their first load
	 * @param loadTimeout how long to wait for a context's first read
	 * @param maxValueSize the largest znode, in bytes, that becomes configuration
	 * @param failFast whether a znode that cannot be used at startup stops the
	 * application
	 */
	record Settings(boolean watching, Duration loadTimeout, int maxValueSize, boolean failFast) {
	}

}
