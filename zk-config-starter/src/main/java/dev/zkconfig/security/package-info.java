/**
 * Security of the client's connection to ZooKeeper: digest authentication, the ACL of the
 * znodes it creates, and TLS with a Spring Boot SSL bundle ({@code zkconfig.auth.*},
 * {@code zkconfig.acl.*}, {@code zkconfig.ssl.bundle}).
 */
@NullMarked
package dev.zkconfig.security;

import org.jspecify.annotations.NullMarked;
