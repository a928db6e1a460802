package org.imapharness.protocol.frame;

/**
 * Size limits for {@link FrameAccumulator}; they bound the memory one connection can make us hold.
 *
 * @param maxLineLength most bytes in one line segment (the text between literals), counting its
 *                      CRLF and any literal announcement, but not literal data
 * @param maxLiteralSize largest literal accepted; at most 4294967295, the largest {@code number}
 *                       (RFC 3501 §9)
 * @param maxFrameSize  most bytes in one whole frame, lines and literal data together; frames are
 *                      held in one array, so this is capped just under {@link Integer#MAX_VALUE}
 */
public record FrameLimits(int maxLineLength, long maxLiteralSize, long maxFrameSize) {

    /** Largest value of {@code number} (RFC 3501 §9): an unsigned 32-bit integer. */
    public static final long MAX_NUMBER = 4_294_967_295L;

    /** The JVM refuses arrays this close to {@link Integer#MAX_VALUE}; stay below. */
    public static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** 64 KiB lines, 64 MiB literals, 128 MiB frames. */
    public static final FrameLimits DEFAULTS = new FrameLimits(64 * 1024, 64L << 20, 128L << 20);

    public FrameLimits {
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("maxLineLength must be positive, was " + maxLineLength);
        }
        if (maxLiteralSize < 0 || maxLiteralSize > MAX_NUMBER) {
            throw new IllegalArgumentException(
                    "maxLiteralSize must be in 0.." + MAX_NUMBER + ", was " + maxLiteralSize);
        }
        if (maxFrameSize < maxLineLength || maxFrameSize > MAX_ARRAY) {
            throw new IllegalArgumentException("maxFrameSize must be in maxLineLength (" + maxLineLength
                    + ").." + MAX_ARRAY + ", was " + maxFrameSize);
        }
    }
}
