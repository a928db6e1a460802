package org.imapharness.protocol.frame;

import static org.imapharness.protocol.frame.FrameFeeds.ascii;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imapharness.protocol.frame.FrameAccumulator.Mode;
import org.junit.jupiter.api.Test;

/**
 * What the decoder learns about literal data on its single pass (NUL present or not, RFC 3501
 * §9 CHAR8 vs RFC 3516 literal8) and how it hands large frames over, however input is split.
 */
class FrameLiteralDataTest {

    @Test
    void framesWithoutNulInLiteralsSaySo() {
        assertNulFree(true, "* 1 EXISTS\r\n");
        assertNulFree(true, "* 1 FETCH (BODY[] {5}\r\nab\r\nc)\r\n");
        assertNulFree(true, "* 1 FETCH (BODY[] {0}\r\n)\r\n");
        assertNulFree(true, "* LIST () \"/\" \"a\0b\"\r\n"); // NUL outside literals is the grammar's business
    }

    @Test
    void aNulAnywhereInAnyLiteralIsNoticed() {
        assertNulFree(false, "* 1 FETCH (BODY[] {3}\r\na\0b)\r\n");
        assertNulFree(false, "* 1 FETCH (BODY[1] {2}\r\nab BODY[2] {2}\r\n\0b)\r\n");
        assertNulFree(false, "* 1 FETCH (BINARY[] ~{3}\r\n\0\0\0)\r\n");
        assertNulFree(false, "a1 APPEND box {3+}\r\n\0ab\r\n");
    }

    @Test
    void theFlagBelongsToOneFrame() {
        List<FrameEvent> events = FrameFeeds.events(FrameLimits.DEFAULTS, Mode.CLIENT,
                "* 1 FETCH (BODY[] {1}\r\n\0)\r\n* 2 FETCH (BODY[] {1}\r\nx)\r\n");
        assertFalse(((Frame) events.get(0)).nulFreeLiterals());
        assertTrue(((Frame) events.get(1)).nulFreeLiterals());
    }

    @Test
    void framesMadeByHandAreUnchecked() {
        assertFalse(new Frame(ascii("* 1 EXISTS\r\n")).nulFreeLiterals());
        assertEquals(new Frame(ascii("x\r\n"), true), new Frame(ascii("x\r\n")), "equality is by bytes");
    }

    /** Larger than the reused buffer, so the frame gets an array of its own, sized exactly. */
    @Test
    void largeFramesAreCompleteAndExactWhateverTheTail() {
        byte[] body = new byte[200_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        for (String tail : new String[] {")\r\n", " FLAGS (\\Seen))\r\n", "\n", ")" + "x".repeat(5000) + "\r\n"}) {
            byte[] input = concat(ascii("* 1 FETCH (BODY[] {" + body.length + "}\r\n"), body, ascii(tail));
            byte[] next = ascii("* 2 EXISTS\r\n");
            byte[] stream = concat(input, next);
            for (int chunk : new int[] {stream.length, 1 << 14, 4099, 7}) {
                List<FrameEvent> events = feed(Mode.CLIENT, stream, chunk);
                assertEquals(2, events.size(), "chunk " + chunk);
                Frame big = assertInstanceOf(Frame.class, events.get(0));
                assertArrayEquals(input, big.bytes(), "tail " + tail.length() + ", chunk " + chunk);
                assertTrue(big.nulFreeLiterals());
                assertArrayEquals(next, ((Frame) events.get(1)).bytes());
            }
        }
    }

    @Test
    void consecutiveLargeFramesNeverShareAnArray() {
        byte[] body = new byte[100_000];
        Arrays.fill(body, (byte) 'q');
        byte[] one = concat(ascii("* 1 FETCH (BODY[] {" + body.length + "}\r\n"), body, ascii(")\r\n"));
        List<FrameEvent> events = feed(Mode.CLIENT, concat(one, one), 1 << 14);
        byte[] first = ((Frame) events.get(0)).bytes();
        byte[] second = ((Frame) events.get(1)).bytes();
        assertNotSame(first, second);
        assertArrayEquals(one, first, "the first frame was not overwritten by the second");
        assertArrayEquals(one, second);
    }

    @Test
    void largeClientLiteralsStillGrowOnlyAsDataArrives() {
        FrameAccumulator acc = new FrameAccumulator(FrameLimits.DEFAULTS, Mode.SERVER);
        byte[] announce = ascii("a1 APPEND box {50000000+}\r\n");
        acc.feed(announce, 0, announce.length, e -> { });
        byte[] some = new byte[1000];
        acc.feed(some, 0, some.length, e -> { });
        assertTrue(acc.retainedBytes() < 64 * 1024, "an announcement alone allocates nothing: " + acc.retainedBytes());
    }

    private static void assertNulFree(boolean expected, String wire) {
        byte[] input = ascii(wire);
        Mode mode = wire.startsWith("a1") ? Mode.SERVER : Mode.CLIENT;
        for (int chunk = 1; chunk <= input.length; chunk++) {
            List<FrameEvent> events = feed(mode, input, chunk);
            assertEquals(1, events.size(), wire);
            Frame frame = assertInstanceOf(Frame.class, events.get(0));
            assertArrayEquals(input, frame.bytes());
            int c = chunk;
            assertEquals(expected, frame.nulFreeLiterals(), () -> "chunk " + c + " for " + wire);
        }
    }

    private static List<FrameEvent> feed(Mode mode, byte[] input, int chunk) {
        FrameAccumulator acc = new FrameAccumulator(FrameLimits.DEFAULTS, mode);
        List<FrameEvent> events = new ArrayList<>();
        for (int off = 0; off < input.length; off += chunk) {
            acc.feed(input, off, Math.min(chunk, input.length - off), events::add);
        }
        return events;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
