package org.imapharness.protocol.frame;

import java.util.Arrays;

/**
 * The growable byte array holding the frame in progress. Callers check limits before appending,
 * so its size never exceeds {@link FrameLimits#maxFrameSize()}; after a large frame it shrinks
 * back, so that one big APPEND does not pin its memory for the rest of the connection.
 *
 * <p>Small frames are copied out and the array is reused: writing a fresh array costs more than
 * copying within one that is hot in the cache, and a fresh array is zeroed first. A frame with a
 * literal is different: the caller announces the expected total ({@link #expect}) and the frame
 * gets an array of exactly that size, so that when the guess holds the array itself becomes the
 * frame ({@link #take}) and the literal is copied once. Up to {@link #KEEP} bytes that array is
 * allocated at once (an announcement then costs a bounded allocation); beyond, it grows as bytes
 * arrive and stops exactly at the expected total.
 */
final class FrameBuffer {
    private static final int INITIAL = 256;
    /** Capacity kept across frames; anything larger is dropped when the buffer is reset. */
    static final int KEEP = 64 * 1024;
    /** Room added when the line after a literal outgrows the expected total. */
    private static final int TAIL_SLACK = 1024;

    /** Frames with a literal of this many bytes or more get their own array (see {@link #expect}). */
    static final int OWN_ARRAY = 4 * 1024;

    /** The array small frames are assembled in, kept across frames while it is at most {@link #KEEP}. */
    private byte[] reusable = new byte[INITIAL];
    /** The array of the frame in progress: {@link #reusable}, or the frame's own. */
    private byte[] bytes = reusable;
    private int length;
    /** Expected size of the whole frame, 0 if unknown; growth stops there (see {@link #ensure}). */
    private int expected;

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

    /**
     * The frame will probably be {@code total} bytes. Up to {@link #KEEP} it gets its own array of
     * that size now; a larger one grows to exactly that and no further, as bytes arrive, so an
     * announced size costs nothing to send.
     */
    void expect(long total) {
        if (total < OWN_ARRAY || total > FrameLimits.MAX_ARRAY || total < length) {
            return;
        }
        expected = (int) total;
        if (total <= KEEP && bytes == reusable) {
            bytes = Arrays.copyOf(reusable, expected);
        }
    }

    /**
     * The frame so far, exactly: a large frame's own array if it is full (a fresh one is then
     * started, as {@link #reset} would), otherwise a copy.
     */
    byte[] take() {
        if (length == bytes.length && bytes != reusable) {
            byte[] whole = bytes;
            reset();
            return whole;
        }
        return copy();
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
        expected = 0;
        if (reusable.length > KEEP) {
            reusable = new byte[INITIAL];
        }
        bytes = reusable;
    }

    private void ensure(int extra) {
        int needed = length + extra;
        if (needed > bytes.length) {
            // A frame with an expected total grows into an array of its own, to be taken whole.
            boolean keep = bytes == reusable && expected == 0;
            bytes = Arrays.copyOf(bytes, grownSize(needed));
            if (keep) {
                reusable = bytes;
            }
        }
    }

    /**
     * Doubling keeps appends amortised O(1) and memory within twice what has arrived; the cap
     * avoids overflowing int near 2 GiB. An expected total caps the doubling; once passed, the
     * frame is nearly complete and only a little room is added.
     */
    private int grownSize(int needed) {
        long doubled = Math.max(needed, Math.min(2L * bytes.length, FrameLimits.MAX_ARRAY));
        if (expected == 0) {
            return (int) doubled;
        }
        if (needed <= expected) {
            return (int) Math.min(doubled, expected);
        }
        expected = 0;
        return (int) Math.max(needed, Math.min((long) needed + TAIL_SLACK, FrameLimits.MAX_ARRAY));
    }
}
