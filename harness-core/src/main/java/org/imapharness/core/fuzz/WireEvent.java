package org.imapharness.core.fuzz;

import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.response.Response;

/** What a fuzz connection reports, in arrival order. */
sealed interface WireEvent {

    /** One response frame, parsed strictly: a {@code MalformedResponse} when it breaks RFC 3501 §9. */
    record Received(Response response, byte[] raw) implements WireEvent {
    }

    /** A response the framer refused (a line or literal over the client's limits). */
    record Unframed(FrameError error) implements WireEvent {
    }

    /** The connection ended; {@code reason} says how. */
    record Closed(String reason) implements WireEvent {
    }
}
