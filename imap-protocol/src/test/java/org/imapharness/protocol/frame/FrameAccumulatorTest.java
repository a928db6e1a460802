package org.imapharness.protocol.frame;

import static org.imapharness.protocol.frame.FrameFeeds.ascii;
import static org.imapharness.protocol.frame.FrameFeeds.events;
import static org.imapharness.protocol.frame.FrameFeeds.everySplit;
import static org.imapharness.protocol.frame.FrameFeeds.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.protocol.frame.FrameAccumulator.Mode;
import org.junit.jupiter.api.Test;

/** Valid input: lines, literals of every form, and the bare-LF quirk. */
class FrameAccumulatorTest {
    private static final FrameLimits LIMITS = FrameLimits.DEFAULTS;

    @Test
    void simpleLine() {
        assertEquals(List.of(frame("a1 NOOP\r\n")), events(LIMITS, Mode.SERVER, "a1 NOOP\r\n"));
    }

    @Test
    void severalFramesInOneChunk() {
        assertEquals(List.of(frame("* OK ready\r\n"), frame("* CAPABILITY IMAP4rev1\r\n"), frame("a1 OK done\r\n")),
                events(LIMITS, Mode.CLIENT, "* OK ready\r\n* CAPABILITY IMAP4rev1\r\na1 OK done\r\n"));
    }

    @Test
    void emptyLineIsAFrame() {
        assertEquals(List.of(frame("\r\n"), frame("a NOOP\r\n")), events(LIMITS, Mode.SERVER, "\r\na NOOP\r\n"));
    }

    @Test
    void literalOfSizeZero() {
        String input = "* 1 FETCH (BODY[] {0}\r\n)\r\n";
        assertEquals(List.of(frame(input)), events(LIMITS, Mode.CLIENT, input));
    }

    @Test
    void literalDataMayHoldCrlfAndAnnouncements() {
        String input = "* 1 FETCH (BODY[] {12}\r\nab\r\n{5}\r\nxyz)\r\n";
        assertEquals(List.of(frame(input)), events(LIMITS, Mode.CLIENT, input));
        String twice = input + input;
        assertEquals(List.of(frame(input), frame(input)), events(LIMITS, Mode.CLIENT, twice));
    }

    @Test
    void literalDataMayHoldEveryByteValue() {
        byte[] data = new byte[256];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        byte[] head = ascii("* 1 FETCH (BINARY[] ~{256}\r\n");
        byte[] tail = ascii(")\r\n");
        byte[] input = new byte[head.length + data.length + tail.length];
        System.arraycopy(head, 0, input, 0, head.length);
        System.arraycopy(data, 0, input, head.length, data.length);
        System.arraycopy(tail, 0, input, head.length + data.length, tail.length);
        assertEquals(List.of(new Frame(input)), everySplit(LIMITS, Mode.CLIENT, input).events());
    }

    @Test
    void severalLiteralsInOneFrame() {
        String input = "* 1 FETCH (BODY[1] {2}\r\nab BODY[2] {3}\r\ncde BODY[3] {0}\r\n)\r\n";
        assertEquals(List.of(frame(input), frame("a OK\r\n")), events(LIMITS, Mode.CLIENT, input + "a OK\r\n"));
    }

    @Test
    void serverModeAnnouncesEachSynchronizingLiteral() {
        String input = "a1 LOGIN {4}\r\nuser {4}\r\npass\r\n";
        assertEquals(List.of(
                new LiteralAnnounced(4, true, ascii("a1 LOGIN {4}\r\n")),
                new LiteralAnnounced(4, true, ascii("a1 LOGIN {4}\r\nuser {4}\r\n")),
                frame(input)), events(LIMITS, Mode.SERVER, input));
    }

    @Test
    void serverModeAnnouncesEmptySynchronizingLiteral() {
        // Even {0} waits for the continuation request (RFC 3501 §7.5).
        String input = "a1 LOGIN {0}\r\n {0}\r\n\r\n";
        assertEquals(List.of(
                new LiteralAnnounced(0, true, ascii("a1 LOGIN {0}\r\n")),
                new LiteralAnnounced(0, true, ascii("a1 LOGIN {0}\r\n {0}\r\n")),
                frame(input)), events(LIMITS, Mode.SERVER, input));
    }

    @Test
    void clientModeNeverAnnounces() {
        String input = "* 1 FETCH (BODY[] {4}\r\nuser)\r\n";
        assertEquals(List.of(frame(input)), events(LIMITS, Mode.CLIENT, input));
    }

    @Test
    void nonSynchronizingLiteralIsNotAnnounced() {
        String input = "a1 APPEND box {3+}\r\nabc\r\n";
        assertEquals(List.of(frame(input)), events(LIMITS, Mode.SERVER, input));
    }

    @Test
    void mixedLiteralsAnnounceOnlyTheSynchronizingOne() {
        String input = "a1 LOGIN {4+}\r\nuser {4}\r\npass\r\n";
        assertEquals(List.of(new LiteralAnnounced(4, true, ascii("a1 LOGIN {4+}\r\nuser {4}\r\n")), frame(input)),
                events(LIMITS, Mode.SERVER, input));
    }

    @Test
    void literal8() {
        String sync = "a1 APPEND box ~{3}\r\n\0\1\2\r\n";
        assertEquals(List.of(new LiteralAnnounced(3, true, ascii("a1 APPEND box ~{3}\r\n")), frame(sync)),
                events(LIMITS, Mode.SERVER, sync));
        String nonSync = "a1 APPEND box ~{3+}\r\n\0\1\2\r\n";
        assertEquals(List.of(frame(nonSync)), events(LIMITS, Mode.SERVER, nonSync));
    }

    @Test
    void bracesThatAreNotLiteralsEndTheFrame() {
        for (String line : List.of("a1 SELECT foo}\r\n", "a1 X {}\r\n", "a1 X {+}\r\n", "a1 X {1a}\r\n",
                "a1 X {5}x\r\n", "a1 X {-5}\r\n", "a1 X 5}\r\n", "}\r\n")) {
            assertEquals(List.of(frame(line)), events(LIMITS, Mode.SERVER, line), line);
        }
    }

    @Test
    void leadingZerosWithinTenDigitsAreASize() {
        String input = "* 1 FETCH (BODY[] {0000000002}\r\nab)\r\n";
        assertEquals(List.of(frame(input)), events(LIMITS, Mode.CLIENT, input));
    }

    @Test
    void bareLineFeedIsAcceptedAndCounted() {
        FrameFeeds.Result r = everySplit(LIMITS, Mode.SERVER, "a1 NOOP\na2 NOOP\r\n\n");
        assertEquals(List.of(frame("a1 NOOP\n"), frame("a2 NOOP\r\n"), frame("\n")), r.events());
        assertEquals(2, r.bareLineFeeds());
    }

    @Test
    void bareLineFeedAfterAnnouncementStillStartsTheLiteral() {
        FrameFeeds.Result r = everySplit(LIMITS, Mode.CLIENT, "* 1 FETCH (BODY[] {3}\na\nc)\n");
        assertEquals(List.of(frame("* 1 FETCH (BODY[] {3}\na\nc)\n")), r.events());
        assertEquals(2, r.bareLineFeeds(), "LF inside literal data is data, not a line end");
    }

    @Test
    void crAloneIsData() {
        FrameFeeds.Result r = everySplit(LIMITS, Mode.SERVER, "a1 X\rY\r\n");
        assertEquals(List.of(frame("a1 X\rY\r\n")), r.events());
        assertEquals(0, r.bareLineFeeds());
    }

    @Test
    void betweenFramesOnlyAfterAWholeFrame() {
        FrameAccumulator acc = new FrameAccumulator(LIMITS, Mode.SERVER);
        assertTrue(acc.isBetweenFrames());
        byte[] b = ascii("a1 LOGIN {1+}\r\nx y\r\n");
        acc.feed(b, 0, 16, e -> { });
        assertFalse(acc.isBetweenFrames());
        acc.feed(b, 16, b.length - 16, e -> { });
        assertTrue(acc.isBetweenFrames());
    }

    @Test
    void toStringEscapesControlBytes() {
        String s = frame("a1 NOOP\r\n").toString();
        assertTrue(s.contains("a1 NOOP\\r\\n"), s);
    }
}
