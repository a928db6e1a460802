package org.imapharness.protocol.frame;

import static org.imapharness.protocol.frame.FrameFeeds.ascii;
import static org.imapharness.protocol.frame.FrameFeeds.events;
import static org.imapharness.protocol.frame.FrameFeeds.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.imapharness.protocol.frame.FrameAccumulator.Mode;
import org.imapharness.protocol.frame.FrameError.Kind;
import org.junit.jupiter.api.Test;

/** Each error kind, its offset, raw bytes and message, and that the next frame still comes out. */
class FrameErrorTest {
    /** Small limits so that every split of every input stays cheap. */
    private static final FrameLimits SMALL = new FrameLimits(32, 10, 64);
    private static final String NEXT = "a2 NOOP\r\n";

    private static FrameError error(Kind kind, String raw, long offset, String message) {
        return new FrameError(kind, ascii(raw), offset, message);
    }

    @Test
    void lineTooLongIsSkippedToItsLineFeed() {
        String longLine = "a1 " + "x".repeat(40) + "\r\n";
        assertEquals(List.of(
                error(Kind.LINE_TOO_LONG, longLine.substring(0, 32), 32, "line exceeds 32 bytes without CRLF"),
                frame(NEXT)), events(SMALL, Mode.SERVER, longLine + NEXT));
    }

    @Test
    void lineOfExactlyTheLimitCountingCrlfIsAccepted() {
        String line = "a1 " + "x".repeat(27) + "\r\n";
        assertEquals(32, line.length());
        assertEquals(List.of(frame(line)), events(SMALL, Mode.SERVER, line));
    }

    @Test
    void offsetIsCountedFromTheStreamStart() {
        String longLine = "a1 " + "x".repeat(40) + "\r\n";
        assertEquals(List.of(frame(NEXT),
                error(Kind.LINE_TOO_LONG, longLine.substring(0, 32), NEXT.length() + 32,
                        "line exceeds 32 bytes without CRLF"),
                frame(NEXT)), events(SMALL, Mode.SERVER, NEXT + longLine + NEXT));
    }

    @Test
    void tooLongLineEndingInNonSyncLiteralSkipsTheLiteralToo() {
        String longLine = "a1 APPEND " + "x".repeat(30) + " {6+}\r\nab\r\nc\r rest\r\n";
        assertEquals(List.of(
                error(Kind.LINE_TOO_LONG, longLine.substring(0, 32), 32, "line exceeds 32 bytes without CRLF"),
                frame(NEXT)), events(SMALL, Mode.SERVER, longLine + NEXT));
    }

    @Test
    void tooLongLineEndingInSyncLiteralResumesAtTheNextLine() {
        // The client waits for '+' and sends nothing of the literal.
        String longLine = "a1 APPEND " + "x".repeat(30) + " {6}\r\n";
        assertEquals(List.of(
                error(Kind.LINE_TOO_LONG, longLine.substring(0, 32), 32, "line exceeds 32 bytes without CRLF"),
                frame(NEXT)), events(SMALL, Mode.SERVER, longLine + NEXT));
    }

    @Test
    void tooLongResponseLineEndingInLiteralSkipsTheLiteral() {
        // A server never waits, so in CLIENT mode even {N} is followed by its data.
        String longLine = "* 1 FETCH (" + "x".repeat(30) + " {4}\r\n\r\n\r\n)\r\n";
        assertEquals(List.of(
                error(Kind.LINE_TOO_LONG, longLine.substring(0, 32), 32, "line exceeds 32 bytes without CRLF"),
                frame("a2 OK\r\n")), events(SMALL, Mode.CLIENT, longLine + "a2 OK\r\n"));
    }

    @Test
    void refusedSyncLiteralResumesAtTheNextByte() {
        String head = "a1 APPEND box {11}\r\n";
        assertEquals(List.of(
                error(Kind.LITERAL_TOO_BIG, head, 14, "literal {11} exceeds limit 10 bytes"),
                frame(NEXT)), events(SMALL, Mode.SERVER, head + NEXT));
    }

    @Test
    void refusedNonSyncLiteralIsCountedDownWithItsLine() {
        String head = "a1 APPEND box {11+}\r\n";
        // 11 bytes of literal, then the rest of the line, which announces one more literal.
        String skipped = "a2 NOOP\r\n\r\n" + " more {3+}\r\nxyz\r\n";
        assertEquals(List.of(
                error(Kind.LITERAL_TOO_BIG, head, 14, "literal {11+} exceeds limit 10 bytes"),
                frame(NEXT)), events(SMALL, Mode.SERVER, head + skipped + NEXT));
    }

    @Test
    void refusedLiteralInAResponseIsCountedDown() {
        String head = "* 1 FETCH (BODY[] ~{11}\r\n";
        String skipped = "0123456789\n)\r\n";
        assertEquals(List.of(
                error(Kind.LITERAL_TOO_BIG, head, 18, "literal ~{11} exceeds limit 10 bytes"),
                frame("a1 OK\r\n")), events(SMALL, Mode.CLIENT, head + skipped + "a1 OK\r\n"));
    }

    @Test
    void literalThatWouldOverflowTheFrame() {
        FrameLimits limits = new FrameLimits(32, 100, 40);
        String head = "a1 APPEND box {30+}\r\n";
        assertEquals(List.of(
                error(Kind.FRAME_TOO_BIG, head, 14, "literal {30+} would grow the frame to 51 bytes, limit 40"),
                frame(NEXT)), events(limits, Mode.SERVER, head + "x".repeat(30) + "\r\n" + NEXT));
    }

    @Test
    void linesAfterLiteralsThatOverflowTheFrame() {
        FrameLimits limits = new FrameLimits(32, 100, 40);
        String input = "* 1 FETCH (BODY[] {10}\r\n0123456789 FLAGS (\\Seen \\Answered))\r\n";
        assertEquals(List.of(
                error(Kind.FRAME_TOO_BIG, input.substring(0, 40), 40, "frame exceeds 40 bytes"),
                frame("a1 OK\r\n")), events(limits, Mode.CLIENT, input + "a1 OK\r\n"));
    }

    @Test
    void sizeAboveTheLargestNumberIsRefused() {
        String head = "a1 APPEND box {4294967296}\r\n";
        assertEquals(List.of(
                error(Kind.BAD_LITERAL_SIZE, head, 14,
                        "literal {4294967296} exceeds maximum 4294967295 (number, RFC 3501 §9)"),
                frame(NEXT)), events(FrameLimits.DEFAULTS, Mode.SERVER, head + NEXT));
    }

    @Test
    void largestNumberIsAValidSizeButOverTheLimit() {
        String head = "a1 APPEND box {4294967295}\r\n";
        assertEquals(List.of(
                error(Kind.LITERAL_TOO_BIG, head, 14, "literal {4294967295} exceeds limit 67108864 bytes"),
                frame(NEXT)), events(FrameLimits.DEFAULTS, Mode.SERVER, head + NEXT));
    }

    @Test
    void elevenDigitsAreRefusedEvenAsLeadingZeros() {
        for (String digits : List.of("00000000001", "12345678901", "9".repeat(40))) {
            String head = "a1 APPEND box {" + digits + "+}\r\n";
            String shown = digits.length() > 24 ? "{" + digits.substring(0, 12) + "..." + "9999+}" : "{" + digits + "+}";
            assertEquals(List.of(
                    error(Kind.BAD_LITERAL_SIZE, head, 14, "literal size in " + shown + " has " + digits.length()
                            + " digits, expected at most 10 (number, RFC 3501 §9)"),
                    frame(NEXT)), events(FrameLimits.DEFAULTS, Mode.SERVER, head + NEXT), digits);
        }
    }

    @Test
    void rawIsBoundedToOneKibibyte() {
        FrameLimits limits = new FrameLimits(4096, 10, 8192);
        String head = "a1 " + "x".repeat(2000) + " {11}\r\n";
        List<FrameEvent> events = FrameFeeds.feed(limits, Mode.SERVER, ascii(head + NEXT), 1).events();
        assertEquals(FrameError.RAW_LIMIT, ((FrameError) events.get(0)).raw().length);
        assertEquals(frame(NEXT), events.get(1));
    }
}
