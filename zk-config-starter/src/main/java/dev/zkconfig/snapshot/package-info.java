/**
 * Configuration contexts, from znodes to properties: the mirrored znodes of a context
 * become a candidate snapshot, which replaces the context's immutable, versioned accepted
 * snapshot in one step once the guard has passed it.
 */
@NullMarked
package dev.zkconfig.snapshot;

import org.jspecify.annotations.NullMarked;
