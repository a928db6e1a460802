package org.imapharness.protocol.codec;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imapharness.protocol.model.Printable;

/**
 * A command's wire bytes, split after every synchronizing literal announcement: each segment
 * but the last ends with {@code {n}\r\n}, and the client must see the server's {@code +}
 * continuation before it sends the next segment (RFC 3501 §7.5). A command without
 * synchronizing literals is one segment.
 *
 * <p>The arrays are owned by this value: callers must not change them.
 */
public record EncodedCommand(List<byte[]> segments) {

    public EncodedCommand {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("an encoded command has at least one segment");
        }
    }

    /** All segments in order: what the server receives once every continuation was given. */
    public byte[] joined() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(totalLength());
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        return out.toByteArray();
    }

    public int totalLength() {
        int n = 0;
        for (byte[] segment : segments) {
            n += segment.length;
        }
        return n;
    }

    /** How many continuation requests the server must send before the command is complete. */
    public int continuationsNeeded() {
        return segments.size() - 1;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EncodedCommand other) || other.segments.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (!Arrays.equals(segments.get(i), other.segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (byte[] segment : segments) {
            h = 31 * h + Arrays.hashCode(segment);
        }
        return h;
    }

    @Override
    public String toString() {
        List<String> shown = new ArrayList<>();
        for (byte[] segment : segments) {
            shown.add(Printable.preview(segment, 0, segment.length, 200));
        }
        return "EncodedCommand" + shown;
    }
}
