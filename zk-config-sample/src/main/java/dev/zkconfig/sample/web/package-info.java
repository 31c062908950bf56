/**
 * The sample's page and API: the current configuration and where it comes from, its
 * applied and rejected changes as an event stream, and writes of keys.
 */
@NullMarked
package dev.zkconfig.sample.web;

import org.jspecify.annotations.NullMarked;
