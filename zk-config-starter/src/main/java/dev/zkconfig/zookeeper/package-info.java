/**
 * The first step of a change: the Curator client and, for each configuration context, the
 * mirror of its znodes that one persistent recursive watch keeps in step with ZooKeeper,
 * handed on only when it holds whole transactions.
 */
@NullMarked
package dev.zkconfig.zookeeper;

import org.jspecify.annotations.NullMarked;
