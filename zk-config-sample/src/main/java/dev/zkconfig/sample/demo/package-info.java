/**
 * The demo beans whose values follow ZooKeeper: a {@code @RefreshScope} bean created anew
 * and a {@code @ConfigurationProperties} bean rebound after each change.
 */
@NullMarked
package dev.zkconfig.sample.demo;

import org.jspecify.annotations.NullMarked;
