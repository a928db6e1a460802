package org.imapharness.server.tls;

/** TLS cannot be set up: unreadable or mismatched certificate and key, or an unavailable engine. */
public final class TlsSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TlsSetupException(String message) {
        super(message);
    }

    public TlsSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
