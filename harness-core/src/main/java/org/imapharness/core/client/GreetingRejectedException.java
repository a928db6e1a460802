package org.imapharness.core.client;

import org.imapharness.protocol.response.UntaggedResponse;

/** The server greeted with {@code * BYE} (RFC 3501 §7.1.5): it refuses this connection. */
public final class GreetingRejectedException extends ConnectionClosedException {
    private static final long serialVersionUID = 1L;

    public GreetingRejectedException(String endpoint, UntaggedResponse.Status bye) {
        super("server " + endpoint + " rejected the connection in its greeting: * BYE " + bye.text(), bye, null);
    }
}
