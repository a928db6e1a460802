package org.imapharness.server.message;

/** Byte scanning over a message held as one array. */
final class Bytes {
    private Bytes() {
    }

    /** First index of {@code b} in {@code [from, to)}, or -1. */
    static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Number of LF bytes in {@code [from, to)}: the line count of RFC 3501 body-fld-lines. */
    static long countLines(byte[] bytes, int from, int to) {
        long lines = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }

    static boolean startsWith(byte[] bytes, int at, int end, byte[] prefix) {
        if (end - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
