package org.imapharness.protocol.frame;

import java.util.Arrays;
import java.util.Objects;
import org.imapharness.protocol.model.Printable;

/**
 * Input that broke a {@link FrameLimits} limit or announced an impossible literal. The
 * accumulator has already resynchronised; the next event belongs to the next frame.
 *
 * @param kind    which rule was broken
 * @param raw     the first bytes (at most {@link #RAW_LIMIT}) of the offending frame, up to the
 *                limit it broke, so that a server can still find the tag and answer {@code BAD}
 *                or {@code NO [TOOBIG]}; the same however the input was split
 * @param offset  stream offset of the first byte past the limit, or of the announcement's opening
 *                tilde or brace for literal errors
 * @param message what was expected and what was found
 */
public record FrameError(Kind kind, byte[] raw, long offset, String message) implements FrameEvent {

    /** Enough for any tag and command name; small so that an error never pins much memory. */
    public static final int RAW_LIMIT = 1024;

    public enum Kind {
        /** A line segment exceeded {@link FrameLimits#maxLineLength()}. */
        LINE_TOO_LONG,
        /** A literal larger than {@link FrameLimits#maxLiteralSize()} was announced. */
        LITERAL_TOO_BIG,
        /** The frame would exceed {@link FrameLimits#maxFrameSize()}. */
        FRAME_TOO_BIG,
        /** A literal size that is not a {@code number} (RFC 3501 §9): over 10 digits or over 2^32-1. */
        BAD_LITERAL_SIZE
    }

    public FrameError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameError other && kind == other.kind && offset == other.offset
                && message.equals(other.message) && Arrays.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, offset, message) * 31 + Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "FrameError[" + kind + " at " + offset + ": " + message + "; raw="
                + Printable.preview(raw, 0, raw.length, 120) + "]";
    }
}
