/**
 * zk-config's Micrometer meters, fed by the change pipeline: refresh time, applied and
 * rejected keys, propagation delay, keys per context and the connection.
 */
@NullMarked
package dev.zkconfig.metrics;

import org.jspecify.annotations.NullMarked;
