/**
 * Auto-configuration of the change pipeline, the guard and the apply steps, of the
 * actuator endpoint, health indicator and meters, and zk-config's settings ({@code
 * zkconfig.*}).
 */
@NullMarked
package dev.zkconfig.autoconfigure;

import org.jspecify.annotations.NullMarked;
