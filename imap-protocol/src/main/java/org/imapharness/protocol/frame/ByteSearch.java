package org.imapharness.protocol.frame;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds one byte value in an array eight bytes per step, with the classic "has a zero byte" bit
 * trick. The frame decoder runs it over every byte it receives: line feeds end lines, and NUL is
 * forbidden in a {@code literal} ({@code CHAR8}, RFC 3501 §9) though allowed in {@code literal8}
 * (RFC 3516), so message bodies, most of what a client downloads, are searched for it.
 */
public final class ByteSearch {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

    private ByteSearch() {
    }

    /**
     * Index of the first NUL in {@code b[from..to)}, or -1. It runs over every literal a client
     * receives, so it has its own loop: with nothing to XOR away, the test per word is
     * {@link #nonZero} and eight of them are ANDed before one branch.
     */
    public static int indexOfNul(byte[] b, int from, int to) {
        int i = from;
        for (int last = to - 64; i <= last; i += 64) {
            long all = nonZero(b, i) & nonZero(b, i + 8) & nonZero(b, i + 16) & nonZero(b, i + 24)
                    & nonZero(b, i + 32) & nonZero(b, i + 40) & nonZero(b, i + 48) & nonZero(b, i + 56);
            if ((all & HIGHS) != HIGHS) {
                return bytewise(b, i, i + 64, (byte) 0);
            }
        }
        return indexOf(b, i, to, (byte) 0);
    }

    /**
     * The eight bytes at {@code i} mapped so that a byte's high bit is set exactly when the byte
     * is not zero: its low seven bits plus 0x7F carry into the high bit unless they are all zero
     * (and never beyond the byte), and ORing the byte itself keeps a high bit already set.
     */
    private static long nonZero(byte[] b, int i) {
        long v = (long) LONGS.get(b, i);
        return ((v & LOWS) + LOWS) | v;
    }

    /** Index of the first {@code target} in {@code b[from..to)}, or -1. */
    public static int indexOf(byte[] b, int from, int to, byte target) {
        long pattern = (target & 0xffL) * ONES;
        int i = from;
        // Eight words per step, tested together: one branch per 64 bytes while nothing is found.
        for (int last = to - 64; i <= last; i += 64) {
            long any = cleared(b, i, pattern) | cleared(b, i + 8, pattern) | cleared(b, i + 16, pattern)
                    | cleared(b, i + 24, pattern) | cleared(b, i + 32, pattern) | cleared(b, i + 40, pattern)
                    | cleared(b, i + 48, pattern) | cleared(b, i + 56, pattern);
            if ((any & HIGHS) != 0) {
                return bytewise(b, i, i + 64, target);
            }
        }
        for (int last = to - 8; i <= last; i += 8) {
            if ((cleared(b, i, pattern) & HIGHS) != 0) {
                return bytewise(b, i, i + 8, target);
            }
        }
        return bytewise(b, i, to, target);
    }

    /**
     * The eight bytes at {@code i}, XORed with the pattern so that matching bytes become zero,
     * then mapped so that a byte's high bit is set exactly when some byte up to it was zero:
     * subtracting one borrows into a high bit only through a zero byte, and {@code ~v} drops
     * bytes whose own high bit was set. Tested with {@code & HIGHS}; ORing words first is safe.
     */
    private static long cleared(byte[] b, int i, long pattern) {
        long v = (long) LONGS.get(b, i) ^ pattern;
        return (v - ONES) & ~v;
    }

    private static int bytewise(byte[] b, int from, int to, byte target) {
        for (int i = from; i < to; i++) {
            if (b[i] == target) {
                return i;
            }
        }
        return -1;
    }
}
