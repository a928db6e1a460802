package org.imapharness.core.client;

/** TLS could not be set up: context creation, certificate or host-name check, or the handshake. */
public final class ImapTlsException extends ImapClientException {
    private static final long serialVersionUID = 1L;

    public ImapTlsException(String message, Throwable cause) {
        super(message, cause);
    }
}
