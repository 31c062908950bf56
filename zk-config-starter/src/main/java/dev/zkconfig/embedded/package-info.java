/**
 * The embedded ZooKeeper development server ({@code zkconfig.embedded.*}), started in the
 * bootstrap phase before the client connects, and the seed files that create its first
 * znodes.
 */
@NullMarked
package dev.zkconfig.embedded;

import org.jspecify.annotations.NullMarked;
