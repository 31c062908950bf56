/**
 * The application events of accepted, rejected and resolved changes, the last step of
 * applying a change, and the {@code @ZkConfigListener} methods that hear of the keys they
 * ask for.
 */
@NullMarked
package dev.zkconfig.event;

import org.jspecify.annotations.NullMarked;
