/**
 * Local snapshot files: each context's accepted snapshot written to disk after every
 * accepted change, to be served at startup when ZooKeeper cannot be reached.
 */
@NullMarked
package dev.zkconfig.localfile;

import org.jspecify.annotations.NullMarked;
