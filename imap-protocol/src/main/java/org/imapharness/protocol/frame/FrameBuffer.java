package org.imapharness.protocol.frame;

import java.util.Arrays;

/**
 * The growable byte array holding the frame in progress. Callers check limits before appending,
 * so its size never exceeds {@link FrameLimits#maxFrameSize()}; after a large frame it shrinks
 * back, so that one big APPEND does not pin its memory for the rest of the connection.
 */
final class FrameBuffer {
    private static final int INITIAL = 256;
    /** Capacity kept across frames; anything larger is dropped when the buffer is reset. */
    private static final int KEEP = 64 * 1024;

    private byte[] bytes = new byte[INITIAL];
    private int length;

    int length() {
        return length;
    }

    /** The backing array; valid up to {@link #length()}. */
    byte[] array() {
        return bytes;
    }

    int capacity() {
        return bytes.length;
    }

    void append(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, bytes, length, len);
        length += len;
    }

    byte[] copy() {
        return Arrays.copyOf(bytes, length);
    }

    /** Copies at most {@code max} leading bytes, followed by up to the rest from {@code src}. */
    byte[] preview(int max, byte[] src, int off, int len) {
        int fromHere = Math.min(length, max);
        int fromSrc = Math.min(max - fromHere, len);
        byte[] out = Arrays.copyOf(bytes, fromHere + fromSrc);
        System.arraycopy(src, off, out, fromHere, fromSrc);
        return out;
    }

    void reset() {
        length = 0;
        if (bytes.length > KEEP) {
            bytes = new byte[INITIAL];
        }
    }

    private void ensure(int extra) {
        int needed = length + extra;
        if (needed > bytes.length) {
            // Doubling keeps appends amortised O(1); the cap avoids overflowing int near 2 GiB.
            long grown = Math.max(needed, Math.min(2L * bytes.length, FrameLimits.MAX_ARRAY));
            bytes = Arrays.copyOf(bytes, (int) grown);
        }
    }
}
