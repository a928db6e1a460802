package org.imapharness.protocol.frame;

import org.imapharness.protocol.frame.FrameError.Kind;

/** Builds {@link FrameError}s with messages that say what was expected and what was found. */
final class FrameErrors {
    private FrameErrors() {
    }

    static FrameError lineTooLong(FrameLimits limits, byte[] raw, long at) {
        return new FrameError(Kind.LINE_TOO_LONG, raw, at,
                "line exceeds " + limits.maxLineLength() + " bytes without CRLF");
    }

    static FrameError frameTooBig(FrameLimits limits, byte[] raw, long at) {
        return new FrameError(Kind.FRAME_TOO_BIG, raw, at,
                "frame exceeds " + limits.maxFrameSize() + " bytes");
    }

    /**
     * Checks an announced literal against RFC 3501 §9 {@code number} and the limits.
     *
     * @return the error, or null when the literal is acceptable
     */
    static FrameError refuseLiteral(Announcement literal, FrameBuffer frame, FrameLimits limits, long at) {
        String text = literal.text();
        Kind kind;
        String message;
        if (literal.digits() > Announcement.MAX_DIGITS) {
            kind = Kind.BAD_LITERAL_SIZE;
            message = "literal size in " + text + " has " + literal.digits() + " digits, expected at most "
                    + Announcement.MAX_DIGITS + " (number, RFC 3501 §9)";
        } else if (literal.size() > FrameLimits.MAX_NUMBER) {
            kind = Kind.BAD_LITERAL_SIZE;
            message = "literal " + text + " exceeds maximum " + FrameLimits.MAX_NUMBER
                    + " (number, RFC 3501 §9)";
        } else if (literal.size() > limits.maxLiteralSize()) {
            kind = Kind.LITERAL_TOO_BIG;
            message = "literal " + text + " exceeds limit " + limits.maxLiteralSize() + " bytes";
        } else if (frame.length() + literal.size() > limits.maxFrameSize()) {
            kind = Kind.FRAME_TOO_BIG;
            message = "literal " + text + " would grow the frame to " + (frame.length() + literal.size())
                    + " bytes, limit " + limits.maxFrameSize();
        } else {
            return null;
        }
        return new FrameError(kind, frame.preview(FrameError.RAW_LIMIT, frame.array(), 0, 0), at, message);
    }
}
