package dev.zkconfig.zookeeper;

import dev.zkconfig.snapshot.ZNodeProblem;

/**
 * Thrown when a ZooKeeper configuration context cannot be loaded because its ACL does not
 * let the client's session read it (ZooKeeper's {@code NoAuth}): the session has no
 * credentials, or not the right ones. A local snapshot is never served instead, since the
 * client is not meant to have that configuration.
 */
public class ContextAccessDeniedException extends ContextLoadException {

	/**
	 * Create an exception.
	 * @param contextPath the context that may not be read
	 */
	public ContextAccessDeniedException(String contextPath) {
		super(contextPath, "the context " + ZNodeProblem.NO_AUTH, null);
	}

}
