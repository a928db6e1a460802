package org.imapharness.protocol.frame;

import java.util.Arrays;
import java.util.Objects;
import org.imapharness.protocol.model.Printable;

/**
 * One complete command or response exactly as received: every line with its CRLF (or bare LF),
 * every literal announcement and all literal data. The grammar layer parses these bytes.
 *
 * <p>The array is handed over, not copied (frames can be many MiB): neither side may change it.
 * Parsers rely on that to hand out message data as views of this array.
 *
 * @param bytes           the frame, exactly
 * @param nulFreeLiterals true when the frame decoder saw every literal's data and found no NUL,
 *                        so the grammar need not look again (RFC 3501 §9 {@code CHAR8}); false
 *                        when some literal holds NUL or nobody checked. A fact about {@code bytes},
 *                        so equality ignores it.
 */
public record Frame(byte[] bytes, boolean nulFreeLiterals) implements FrameEvent {

    public Frame {
        Objects.requireNonNull(bytes, "bytes");
    }

    /** A frame whose literals nobody has checked for NUL. */
    public Frame(byte[] bytes) {
        this(bytes, false);
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Frame[" + bytes.length + " bytes: " + Printable.preview(bytes, 0, bytes.length, 120) + "]";
    }
}
