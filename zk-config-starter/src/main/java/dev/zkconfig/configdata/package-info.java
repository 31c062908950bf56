/**
 * The {@code zookeeper:} config data import: resolves its contexts, connects the client
 * and loads each context's first accepted snapshot in the bootstrap phase, hands them to
 * the application context, and explains the startup failures a user can fix.
 */
@NullMarked
package dev.zkconfig.configdata;

import org.jspecify.annotations.NullMarked;
