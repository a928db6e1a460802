/**
 * The targets that need more than a socket ({@link org.imapharness.core.target.TargetProvider}s):
 * {@code embedded} (the bundled reference server in-process, optionally with fault switches:
 * {@code embedded?fault=NAME[,NAME...]}, or offering LITERAL- with {@code literal=minus}) and {@code container:IMAGE} (Testcontainers; skipped with
 * the reason where no Docker engine runs).
 */
package org.imapharness.scenarios.target;
