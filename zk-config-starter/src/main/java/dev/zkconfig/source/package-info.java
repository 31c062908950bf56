/**
 * The {@code PropertySource} that serves a context's accepted snapshot to the {@code
 * Environment}, with the znode each property comes from as its origin.
 */
@NullMarked
package dev.zkconfig.source;

import org.jspecify.annotations.NullMarked;
