package org.imapharness.protocol.frame;

import java.util.Arrays;
import java.util.Objects;
import org.imapharness.protocol.model.Printable;

/**
 * One complete command or response exactly as received: every line with its CRLF (or bare LF),
 * every literal announcement and all literal data. The grammar layer parses these bytes.
 *
 * <p>The array is handed over, not copied (frames can be many MiB): neither side may change it.
 */
public record Frame(byte[] bytes) implements FrameEvent {

    public Frame {
        Objects.requireNonNull(bytes, "bytes");
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
