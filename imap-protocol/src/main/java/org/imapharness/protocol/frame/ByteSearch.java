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

    private ByteSearch() {
    }

    /** Index of the first NUL in {@code b[from..to)}, or -1. */
    public static int indexOfNul(byte[] b, int from, int to) {
        return indexOf(b, from, to, (byte) 0);
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
