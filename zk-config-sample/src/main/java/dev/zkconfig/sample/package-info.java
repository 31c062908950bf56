/**
 * The zk-config sample application: a page whose beans follow their configuration in
 * ZooKeeper live.
 */
@NullMarked
package dev.zkconfig.sample;

import org.jspecify.annotations.NullMarked;
