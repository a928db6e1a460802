package org.imapharness.protocol.frame;

/**
 * The last few bytes of a line that is being discarded. Discarding must not buffer the line, yet
 * must notice when it ends with a literal announcement whose data is about to arrive, or that
 * data would be read as commands. The longest valid announcement, {@code ~{4294967295+}} plus
 * CR, is 15 bytes; a longer digit run is a bad size anyway and then nothing is skipped.
 */
final class LineTail {
    private final byte[] bytes = new byte[16];
    private int length;

    void clear() {
        length = 0;
    }

    /** Appends {@code b[from..to)}, keeping only the last {@code 16} bytes seen. */
    void remember(byte[] b, int from, int to) {
        int n = Math.min(to - from, bytes.length);
        int keep = Math.min(length, bytes.length - n);
        System.arraycopy(bytes, length - keep, bytes, 0, keep);
        System.arraycopy(b, to - n, bytes, keep, n);
        length = keep + n;
    }

    boolean endsWithCr() {
        return length > 0 && bytes[length - 1] == '\r';
    }

    /** The announcement ending the remembered line (its LF not included), if any. */
    Announcement announcement() {
        return Announcement.find(bytes, 0, endsWithCr() ? length - 1 : length);
    }

    int capacity() {
        return bytes.length;
    }
}
