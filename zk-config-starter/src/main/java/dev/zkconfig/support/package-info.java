/**
 * Helpers shared by every step of a change: masking the values of secret-looking keys,
 * saying why a value failed without quoting it, and writing durations for messages.
 */
@NullMarked
package dev.zkconfig.support;

import org.jspecify.annotations.NullMarked;
