/**
 * The guard: checks a candidate snapshot against the beans that read its changed keys
 * ({@code @Value} injections, {@code @ConfigurationProperties} bindings) before it is
 * accepted, without touching them, and records the changes it rejects.
 */
@NullMarked
package dev.zkconfig.guard;

import org.jspecify.annotations.NullMarked;
