package org.imapharness.protocol.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time search against the obvious loop, around every word and block edge. */
class ByteSearchTest {

    @Test
    void findsTheTargetAtEveryPositionOfEveryLength() {
        for (int length = 0; length <= 140; length++) {
            for (int at = 0; at < length; at++) {
                // Neighbours that defeat sloppy bit tricks: 0x01 borrows, 0x80 and 0xFF have the high bit.
                byte[] b = filled(length, (byte) 0x01);
                b[at] = 0;
                if (at + 1 < length) {
                    b[at + 1] = (byte) 0x80;
                }
                assertEquals(at, ByteSearch.indexOfNul(b, 0, length), "NUL at " + at + " of " + length);
                b[at] = '\n';
                assertEquals(at, ByteSearch.indexOf(b, 0, length, (byte) '\n'), "LF at " + at + " of " + length);
            }
            assertEquals(-1, ByteSearch.indexOfNul(filled(length, (byte) 0xff), 0, length));
            assertEquals(-1, ByteSearch.indexOfNul(filled(length, (byte) 0x80), 0, length));
            assertEquals(-1, ByteSearch.indexOf(filled(length, (byte) 0x0b), 0, length, (byte) '\n'));
        }
    }

    @Test
    void staysInsideTheRange() {
        byte[] b = filled(200, (byte) 'x');
        b[10] = 0;
        b[150] = 0;
        assertEquals(-1, ByteSearch.indexOfNul(b, 11, 150));
        assertEquals(150, ByteSearch.indexOfNul(b, 11, 151));
        assertEquals(10, ByteSearch.indexOfNul(b, 10, 11));
        assertEquals(-1, ByteSearch.indexOfNul(b, 11, 11));
    }

    @Test
    void agreesWithTheObviousLoopOnRandomBytes() {
        Random random = new Random(3501);
        for (int run = 0; run < 2000; run++) {
            byte[] b = new byte[random.nextInt(300)];
            random.nextBytes(b);
            for (int i = 0; i < b.length; i++) {
                if (b[i] == 0 && random.nextInt(4) != 0) {
                    b[i] = 1; // keep NULs rare, so the search often runs far
                }
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            byte target = (byte) random.nextInt(256);
            assertEquals(naive(b, from, b.length, (byte) 0), ByteSearch.indexOfNul(b, from, b.length));
            assertEquals(naive(b, from, b.length, target), ByteSearch.indexOf(b, from, b.length, target));
        }
    }

    private static int naive(byte[] b, int from, int to, byte target) {
        for (int i = from; i < to; i++) {
            if (b[i] == target) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] filled(int n, byte value) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, value);
        return b;
    }
}
