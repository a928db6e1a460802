package org.imapharness.protocol.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A view and a copy of the same bytes are indistinguishable, whatever surrounds the view. */
class OctetsTest {
    private static final byte[] FRAME = "xxHello, w\u00f6rld!yy".getBytes(StandardCharsets.UTF_8);
    private static final int FROM = 2;
    private static final int TO = FRAME.length - 2;

    @Test
    void viewEqualsCopy() {
        Octets view = Octets.view(FRAME, FROM, TO);
        Octets copy = Octets.of(Arrays.copyOfRange(FRAME, FROM, TO));
        assertEquals(copy, view);
        assertEquals(view, copy);
        assertEquals(copy.hashCode(), view.hashCode());
        assertEquals(Arrays.hashCode(Arrays.copyOfRange(FRAME, FROM, TO)), view.hashCode(), "same as before views");
        assertEquals(copy.toString(), view.toString());
        assertEquals("Hello, w\u00f6rld!", view.asUtf8());
        assertEquals(copy.asLatin1(), view.asLatin1());
        assertEquals(TO - FROM, view.length());
        assertArrayEquals(Arrays.copyOfRange(FRAME, FROM, TO), view.toByteArray());
        assertNotEquals(Octets.view(FRAME, FROM, TO - 1), view);
        assertEquals(Octets.EMPTY, Octets.view(FRAME, 3, 3));
    }

    @Test
    void accessorsStayInsideTheView() {
        Octets view = Octets.view(FRAME, FROM, TO);
        assertEquals('H', view.byteAt(0));
        assertEquals('!', view.byteAt(view.length() - 1), "bytes after the view are not in it");
        assertThrows(IndexOutOfBoundsException.class, () -> view.byteAt(view.length()));
        assertThrows(IndexOutOfBoundsException.class, () -> view.byteAt(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> Octets.view(FRAME, 5, FRAME.length + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Octets.view(FRAME, 5, 4));
    }

    @Test
    void copiesDoNotFollowTheSource() {
        byte[] source = {1, 2, 3};
        Octets copy = Octets.of(source);
        Octets range = Octets.of(source, 1, 3);
        source[1] = 9;
        assertEquals(2, copy.byteAt(1));
        assertEquals(2, range.byteAt(0));
    }
}
