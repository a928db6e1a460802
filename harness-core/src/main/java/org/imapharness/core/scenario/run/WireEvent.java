package org.imapharness.core.scenario.run;

import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.response.Response;

/** What a scenario connection reports to the interpreter, in arrival order. */
sealed interface WireEvent {

    /** One response, parsed strictly; a {@code MalformedResponse} when it breaks the grammar. */
    record Received(Response response, Octets raw) implements WireEvent {
    }

    /** Bytes the framer refused (a line or literal over the limits). */
    record Unframed(FrameError error) implements WireEvent {
    }

    /**
     * Plaintext that followed STARTTLS's OK before TLS began: a server must not send it
     * (RFC 3501 §6.2.1), and it is never parsed as a response.
     */
    record Injected(Octets raw) implements WireEvent {
    }

    /** The connection is gone; {@code reason} says why (server closed it, I/O error, TLS failure). */
    record Closed(String reason) implements WireEvent {
    }
}
