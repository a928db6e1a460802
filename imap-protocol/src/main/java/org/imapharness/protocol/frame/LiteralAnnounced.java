package org.imapharness.protocol.frame;

import java.util.Arrays;
import java.util.Objects;
import org.imapharness.protocol.model.Printable;

/**
 * A client announced a synchronizing literal that the limits accept; it will not send the data
 * until the server answers with a continuation request (RFC 3501 §7.5), so the server must act
 * on this event. Only emitted in {@link FrameAccumulator.Mode#SERVER} mode.
 *
 * @param size          announced number of literal bytes
 * @param synchronizing true for {@code {N}} / {@code ~{N}}; kept so the event stays meaningful if
 *                      non-synchronizing literals are ever announced too
 * @param lineSoFar     the frame received so far, ending with the announcement's CRLF; lets the
 *                      server read the tag and command before accepting (not copied: don't change it)
 */
public record LiteralAnnounced(long size, boolean synchronizing, byte[] lineSoFar) implements FrameEvent {

    public LiteralAnnounced {
        Objects.requireNonNull(lineSoFar, "lineSoFar");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LiteralAnnounced other && size == other.size
                && synchronizing == other.synchronizing && Arrays.equals(lineSoFar, other.lineSoFar);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Boolean.hashCode(synchronizing) * 17 + Arrays.hashCode(lineSoFar);
    }

    @Override
    public String toString() {
        return "LiteralAnnounced[size=" + size + ", synchronizing=" + synchronizing + ", lineSoFar="
                + Printable.preview(lineSoFar, 0, lineSoFar.length, 120) + "]";
    }
}
