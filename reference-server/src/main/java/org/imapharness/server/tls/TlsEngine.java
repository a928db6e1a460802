package org.imapharness.server.tls;

/** Which TLS implementation serves connections. */
public enum TlsEngine {
    /** BoringSSL through netty-tcnative when it loads on this platform, else the JDK's. */
    AUTO,
    /** BoringSSL through netty-tcnative; fails at start if it does not load. About 7× the JDK's handshake rate here. */
    OPENSSL,
    /** The JDK's own TLS (JSSE). */
    JDK
}
