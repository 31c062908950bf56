package dev.zkconfig.configdata;

import java.util.List;
import java.util.stream.Collectors;

import dev.zkconfig.snapshot.ZNodeProblem;

import org.springframework.boot.context.config.ConfigDataException;

/**
 * Thrown at startup when znodes of a context cannot become configuration (a malformed
 * document, data that is not text, a znode that cannot be read) and
 * {@code spring.cloud.zookeeper.config.fail-fast} is on.
 */
public class ZkConfigDocumentException extends ConfigDataException {

	private final String contextPath;

	private final List<ZNodeProblem> problems;

	ZkConfigDocumentException(String contextPath, List<ZNodeProblem> problems) {
		super("ZooKeeper configuration context '" + contextPath + "' has znodes that cannot be used: "
				+ problems.stream().map(ZNodeProblem::toString).collect(Collectors.joining("; ")), null);
		this.contextPath = contextPath;
		this.problems = List.copyOf(problems);
	}

	/**
	 * Return the context.
	 * @return the context's znode path
	 */
	public String getContextPath() {
		return this.contextPath;
	}

	/**
	 * Return the znodes that cannot be used, and why.
	 * @return the problems
	 */
	public List<ZNodeProblem> getProblems() {
		return this.problems;
	}

}
