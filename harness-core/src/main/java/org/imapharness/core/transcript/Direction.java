package org.imapharness.core.transcript;

/** Which side sent a transcript chunk; the prefixes follow the RFC 3501 examples ({@code C:} / {@code S:}). */
public enum Direction {
    CLIENT("C: "), SERVER("S: ");

    private final String prefix;

    Direction(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
