package org.imapharness.core.target;

import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.TlsMode;
import org.imapharness.core.client.Trust;

/**
 * A server under test, ready to take connections: where and how to connect, and who may log
 * in. Obtained from {@link Targets#open}; close it when done (an embedded server or a container
 * then stops; a remote target holds nothing).
 */
public interface Target extends AutoCloseable {

    /** What the target is, for reports, e.g. {@code imaps://mail.example.com:993}; never holds secrets. */
    String description();

    /**
     * How to connect: host, port, TLS mode and trust. {@link TlsMode#STARTTLS} means the target
     * requires STARTTLS before credentials are sent (RFC 3501 §6.2.1, RFC 8314).
     */
    ImapClientConfig clientConfig();

    UserTemplate users();

    default Credentials user(int n) {
        return users().user(n);
    }

    /** Whether connections must negotiate STARTTLS before logging in. */
    default boolean requiresStartTls() {
        return clientConfig().tlsMode() == TlsMode.STARTTLS;
    }

    /** Whether certificate checking is off; reports must say so (DESIGN.md §4). */
    default boolean insecure() {
        return clientConfig().trust() instanceof Trust.Insecure;
    }

    @Override
    void close();
}
