package org.imapharness.core.client;

/**
 * The server's bytes made it impossible to go on with one exchange: a greeting that is not a
 * greeting, or a tagged completion too broken to read its status. Ordinary malformed responses
 * are not exceptions; they are reported as {@link ProtocolProblem}s.
 */
public final class ImapProtocolException extends ImapClientException {
    private static final long serialVersionUID = 1L;

    public ImapProtocolException(String message) {
        super(message);
    }
}
