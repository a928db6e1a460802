/**
 * Targets: the server under test, named by a string (DESIGN.md §4). {@link
 * org.imapharness.core.target.Targets#open} handles {@code imap://host:port} (STARTTLS required
 * unless {@code ?tls=none}) and {@code imaps://host:port} itself; {@code embedded} and
 * {@code container:IMAGE} come from {@link org.imapharness.core.target.TargetProvider}s found with
 * {@link java.util.ServiceLoader}, so that harness-core never depends on the reference server or
 * on Testcontainers. Users come from a {@link org.imapharness.core.target.UserTemplate}.
 */
package org.imapharness.core.target;
