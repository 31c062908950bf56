/**
 * Applies accepted changes to the running application: the change pipeline that builds,
 * checks and accepts or rejects each context's candidate, then the ordered steps that
 * rebind, update in place, refresh and tell only the beans a change concerns.
 */
@NullMarked
package dev.zkconfig.apply;

import org.jspecify.annotations.NullMarked;
