package org.imapharness.protocol.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable run of bytes with value semantics, for message data and literals. Records
 * holding a raw {@code byte[]} would compare by identity; this wrapper keeps the model's
 * records comparable so that round-trip tests can use {@code equals}.
 *
 * <p>An instance is a range of an array it never changes. {@link #of} copies; {@link #view}
 * shares an array its owner promised never to change again, so that a parser can hand out a
 * multi-megabyte {@code BODY[]} without copying it out of the frame it arrived in. Equality,
 * hash code and every accessor depend only on the bytes in the range, never on how they are held.
 */
public final class Octets {
    public static final Octets EMPTY = new Octets(new byte[0], 0, 0);

    private final byte[] bytes;
    private final int offset;
    private final int length;

    private Octets(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    public static Octets of(byte[] bytes) {
        return new Octets(bytes.clone(), 0, bytes.length);
    }

    public static Octets of(byte[] bytes, int from, int to) {
        return new Octets(Arrays.copyOfRange(bytes, from, to), 0, to - from);
    }

    /**
     * {@code bytes[from..to)} without copying. The caller guarantees that nobody changes those
     * bytes afterwards (a complete frame from the frame decoder is such an array), and accepts
     * that the whole array stays reachable while the view is.
     */
    public static Octets view(byte[] bytes, int from, int to) {
        Objects.checkFromToIndex(from, to, bytes.length);
        return new Octets(bytes, from, to - from);
    }

    public static Octets utf8(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new Octets(b, 0, b.length);
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    public int length() {
        return length;
    }

    public byte byteAt(int index) {
        return bytes[offset + Objects.checkIndex(index, length)];
    }

    public String asUtf8() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    /** Latin-1 keeps one char per byte, so offsets in the string equal byte offsets. */
    public String asLatin1() {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Octets other
                && Arrays.equals(bytes, offset, offset + length, other.bytes, other.offset, other.offset + other.length);
    }

    /** The same value {@link Arrays#hashCode(byte[])} gives for a copy of the bytes. */
    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = 31 * h + bytes[i];
        }
        return h;
    }

    /** A printable, bounded preview: control and 8-bit bytes escaped. */
    @Override
    public String toString() {
        return Printable.preview(bytes, offset, offset + length, 80);
    }
}
