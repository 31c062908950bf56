/**
 * What the starter's tests and the benchmark share to run in-process ZooKeeper servers.
 */
@NullMarked
package dev.zkconfig.testsupport;

import org.jspecify.annotations.NullMarked;
