package org.imapharness.core.client;

/** How TLS is used on a connection. */
public enum TlsMode {
    /** Plaintext only (typically port 143 in tests). */
    NONE,
    /**
     * Plaintext greeting, then {@link ImapConnection#startTls()} (RFC 3501 §6.2.1). The connection
     * does not upgrade by itself, so conformance checks can look at the pre-TLS state first.
     */
    STARTTLS,
    /** TLS from the first byte (RFC 8314, port 993). */
    IMPLICIT
}
