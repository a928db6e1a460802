package org.imapharness.server.session;

/**
 * Finds the non-synchronizing literals ({@code {n+}}, {@code ~{n+}}, RFC 7888) in a frame the
 * decoder has already assembled, so the session can enforce LITERAL-'s cap (§4). The decoder has
 * read the data by then, which is what keeps the connection in step after the refusal: the bytes
 * are consumed and dropped, never read as commands.
 */
final class NonSyncLiterals {
    private NonSyncLiterals() {
    }

    /** The size of the first non-synchronizing literal larger than {@code max} in {@code frame}, or -1. */
    static long firstLargerThan(byte[] frame, long max) {
        int pos = 0;
        while (pos < frame.length) {
            int lf = indexOf(frame, (byte) '\n', pos);
            if (lf < 0) {
                return -1;
            }
            Announced literal = announcement(frame, pos, lf);
            if (literal == null) {
                return -1; // a line without an announcement ends the frame
            }
            if (literal.nonSync() && literal.size() > max) {
                return literal.size();
            }
            long next = lf + 1 + literal.size();
            if (next > frame.length) {
                return -1;
            }
            pos = (int) next;
        }
        return -1;
    }

    /**
     * The size of the non-synchronizing literal announced by the last line of {@code raw} (the
     * start of a frame, as a frame error carries it), or -1.
     */
    static long announcedAtEnd(byte[] raw) {
        int lf = raw.length - 1;
        if (lf < 0 || raw[lf] != '\n') {
            return -1;
        }
        Announced literal = announcement(raw, lastLineStart(raw, lf), lf);
        return literal != null && literal.nonSync() ? literal.size() : -1;
    }

    private static int lastLineStart(byte[] b, int lf) {
        int i = lf - 1;
        while (i >= 0 && b[i] != '\n') {
            i--;
        }
        return i + 1;
    }

    private record Announced(long size, boolean nonSync) {
    }

    /**
     * The literal announced at the end of the line {@code [from, lf]}, or null. The shape is
     * RFC 3501 §9 {@code "{" number "}"} with RFC 7888's optional {@code +}.
     */
    private static Announced announcement(byte[] b, int from, int lf) {
        int i = lf - 1;
        if (i >= from && b[i] == '\r') {
            i--;
        }
        if (i < from || b[i] != '}') {
            return null;
        }
        i--;
        boolean nonSync = i >= from && b[i] == '+';
        if (nonSync) {
            i--;
        }
        long size = 0;
        long scale = 1;
        int digits = 0;
        while (i >= from && b[i] >= '0' && b[i] <= '9' && digits < 10) {
            size += (b[i] - '0') * scale;
            scale *= 10;
            digits++;
            i--;
        }
        if (digits == 0 || i < from || b[i] != '{') {
            return null;
        }
        return new Announced(size, nonSync);
    }

    private static int indexOf(byte[] b, byte target, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == target) {
                return i;
            }
        }
        return -1;
    }
}
