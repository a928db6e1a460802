package org.imapharness.protocol.model;

/**
 * A partial range {@code <offset.count>} of a FETCH BODY[section] request (RFC 3501 §6.4.5).
 * In responses only the origin octet is echoed ({@code <origin>}), so {@code count} is
 * {@code null} there.
 */
public record Partial(long offset, Long count) {
    public Partial {
        if (offset < 0 || offset > SequenceSet.MAX_NUMBER) {
            throw new IllegalArgumentException("partial offset out of range: " + offset);
        }
        if (count != null && (count < 1 || count > SequenceSet.MAX_NUMBER)) {
            throw new IllegalArgumentException("partial count must be a nz-number: " + count);
        }
    }

    public static Partial origin(long offset) {
        return new Partial(offset, null);
    }
}
