/**
 * What operators see of zk-config, usable without auto-configuration: the {@code
 * zkconfig} actuator endpoint, the health indicator, and zk-config's secret-key rules as
 * a {@code SanitizingFunction}.
 */
@NullMarked
package dev.zkconfig.actuate;

import org.jspecify.annotations.NullMarked;
