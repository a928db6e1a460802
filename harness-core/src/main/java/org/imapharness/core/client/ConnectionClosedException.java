package org.imapharness.core.client;

import org.imapharness.protocol.response.UntaggedResponse;

/**
 * The connection ended while something still waited on it. The reason says why: the server's
 * BYE text ({@link #bye()}), the I/O error ({@link #getCause()}), a close by this client, or a
 * timeout that left the byte stream in an unknown state.
 */
public class ConnectionClosedException extends ImapClientException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final transient UntaggedResponse.Status bye;

    public ConnectionClosedException(String reason, UntaggedResponse.Status bye, Throwable cause) {
        super("connection closed: " + reason, cause);
        this.reason = reason;
        this.bye = bye;
    }

    /** The reason alone, without the "connection closed" prefix. */
    public String reason() {
        return reason;
    }

    /** The BYE the server sent before closing, or {@code null}. */
    public UntaggedResponse.Status bye() {
        return bye;
    }
}
