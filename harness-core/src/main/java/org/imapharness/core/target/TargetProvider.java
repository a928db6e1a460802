package org.imapharness.core.target;

/**
 * Opens the targets that need more than a socket, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.imapharness.core.target.TargetProvider}): {@code embedded} (the
 * reference server, provided by a module that depends on both it and harness-core, so that
 * harness-core never depends on the server) and {@code container:IMAGE}.
 */
public interface TargetProvider {

    /** The scheme handled: {@code embedded} or {@code container}. */
    String scheme();

    /**
     * Starts (or connects to) the target. {@code options.uri()} is the whole target string, e.g.
     * {@code container:dovecot/dovecot:2.3}; {@code options.users()} may be {@code null}, in which
     * case the provider supplies its own users.
     *
     * @throws TargetException when it cannot, with the reason (e.g. no Docker engine)
     */
    Target open(TargetOptions options);
}
