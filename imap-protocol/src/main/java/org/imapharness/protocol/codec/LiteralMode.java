package org.imapharness.protocol.codec;

/**
 * How {@link CommandWriter} announces literals. A synchronizing literal {@code {n}} makes the
 * client wait for the server's {@code +} before sending the data (RFC 3501 §7.5); the
 * non-synchronizing form {@code {n+}} of RFC 7888 sends it at once.
 */
public enum LiteralMode {
    /** Always {@code {n}}: every literal ends a segment of the encoded command. */
    SYNCHRONIZING,
    /** LITERAL+ (RFC 7888 §3): {@code {n+}} for every literal. */
    LITERAL_PLUS,
    /** LITERAL- (RFC 7888 §4): {@code {n+}} up to {@link #LITERAL_MINUS_MAX} bytes, synchronizing above. */
    LITERAL_MINUS;

    /** The largest literal that LITERAL- allows to be non-synchronizing. */
    public static final int LITERAL_MINUS_MAX = 4096;

    /** Whether a literal of {@code size} bytes is sent without waiting for a continuation. */
    public boolean nonSynchronizing(long size) {
        return switch (this) {
            case SYNCHRONIZING -> false;
            case LITERAL_PLUS -> true;
            case LITERAL_MINUS -> size <= LITERAL_MINUS_MAX;
        };
    }
}
