/**
 * Writes and deletes the sample's own keys in its ZooKeeper context, through zk-config's
 * client, by the rules for keys the sample accepts.
 */
@NullMarked
package dev.zkconfig.sample.config;

import org.jspecify.annotations.NullMarked;
