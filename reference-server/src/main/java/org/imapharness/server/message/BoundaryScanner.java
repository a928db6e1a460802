package org.imapharness.server.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the body parts of a multipart (RFC 2046 §5.1.1) as byte ranges. A delimiter line is
 * {@code --boundary} at the start of a line, followed by {@code --} (the close delimiter),
 * whitespace or the line end. Parts after the close delimiter are epilogue; without a close
 * delimiter the last part runs to the end of the body, as Dovecot treats truncated mail.
 */
final class BoundaryScanner {
    private BoundaryScanner() {
    }

    record Range(int start, int end) {
    }

    static List<Range> split(byte[] bytes, int from, int to, String boundary) {
        byte[] dash = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Range> parts = new ArrayList<>();
        int partStart = -1;
        int line = from;
        while (line < to) {
            int lf = Bytes.indexOf(bytes, (byte) '\n', line, to);
            int next = lf < 0 ? to : lf + 1;
            int kind = delimiterKind(bytes, line, to, dash);
            if (kind != NONE) {
                if (partStart >= 0) {
                    parts.add(new Range(partStart, Math.max(partStart, lineBreakStart(bytes, from, line))));
                }
                if (kind == CLOSE) {
                    return parts;
                }
                partStart = next;
            }
            line = next;
        }
        if (partStart >= 0) {
            parts.add(new Range(Math.min(partStart, to), to));
        }
        return parts;
    }

    private static final int NONE = 0;
    private static final int OPEN = 1;
    private static final int CLOSE = 2;

    private static int delimiterKind(byte[] bytes, int line, int to, byte[] dash) {
        if (!Bytes.startsWith(bytes, line, to, dash)) {
            return NONE;
        }
        int after = line + dash.length;
        if (after + 1 < to && bytes[after] == '-' && bytes[after + 1] == '-') {
            return CLOSE;
        }
        if (after == to) {
            return OPEN;
        }
        byte b = bytes[after];
        return b == '\r' || b == '\n' || b == ' ' || b == '\t' ? OPEN : NONE;
    }

    /** Where the line break before the delimiter line at {@code line} starts. */
    private static int lineBreakStart(byte[] bytes, int from, int line) {
        int p = line;
        if (p > from && bytes[p - 1] == '\n') {
            p--;
            if (p > from && bytes[p - 1] == '\r') {
                p--;
            }
        }
        return p;
    }
}
