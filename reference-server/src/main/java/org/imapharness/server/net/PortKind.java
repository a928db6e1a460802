package org.imapharness.server.net;

/** The two listeners of the server. */
public enum PortKind {
    /** Plain IMAP; TLS only after STARTTLS (RFC 3501 §6.2.1). Default port 1143. */
    PLAIN,
    /** TLS from the first byte (RFC 8314 §3.3). Default port 1993. */
    IMPLICIT_TLS
}
