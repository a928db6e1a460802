package org.imapharness.protocol.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable run of bytes with value semantics, for message data and literals. Records
 * holding a raw {@code byte[]} would compare by identity; this wrapper keeps the model's
 * records comparable so that round-trip tests can use {@code equals}.
 */
public final class Octets {
    public static final Octets EMPTY = new Octets(new byte[0]);

    private final byte[] bytes;

    private Octets(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Octets of(byte[] bytes) {
        return new Octets(bytes.clone());
    }

    public static Octets of(byte[] bytes, int from, int to) {
        return new Octets(Arrays.copyOfRange(bytes, from, to));
    }

    public static Octets utf8(String text) {
        return new Octets(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public byte byteAt(int index) {
        return bytes[index];
    }

    public String asUtf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Latin-1 keeps one char per byte, so offsets in the string equal byte offsets. */
    public String asLatin1() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Octets other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** A printable, bounded preview: control and 8-bit bytes escaped. */
    @Override
    public String toString() {
        return Printable.preview(bytes, 0, bytes.length, 80);
    }
}
