package org.imapharness.protocol.frame;

import static org.imapharness.protocol.frame.FrameFeeds.ascii;
import static org.imapharness.protocol.frame.FrameFeeds.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imapharness.protocol.frame.FrameAccumulator.Mode;
import org.imapharness.protocol.frame.FrameError.Kind;
import org.junit.jupiter.api.Test;

/**
 * Hostile sizes: whatever arrives, the accumulator holds no more than the limits allow. Inputs are
 * megabytes, so instead of every split they are fed whole, byte by byte and in odd-sized chunks.
 */
class FrameMemoryTest {
    private static final int TEN_MB = 10 * 1024 * 1024;
    /** 64 KiB line buffer plus the 16-byte tail; slack for nothing else. */
    private static final int BOUND = 64 * 1024 + 16;

    @Test
    void tenMegabyteLineStaysWithinTheLineLimit() {
        byte[] input = concat(ascii("a1 "), filled(TEN_MB, (byte) 'x'), ascii("\r\na2 NOOP\r\n"));
        for (int chunk : new int[] {input.length, 1, 8191, 65536, 1 << 20}) {
            List<FrameEvent> events = feedChecked(FrameLimits.DEFAULTS, Mode.SERVER, input, chunk);
            assertEquals(2, events.size(), "chunk " + chunk);
            assertEquals(Kind.LINE_TOO_LONG, ((FrameError) events.get(0)).kind());
            assertEquals(frame("a2 NOOP\r\n"), events.get(1));
        }
    }

    @Test
    void tenMegabyteNonSyncLiteralOverTheLimitIsNotBuffered() {
        FrameLimits limits = new FrameLimits(64 * 1024, 1024, 1 << 20);
        byte[] input = concat(ascii("a1 APPEND box {" + TEN_MB + "+}\r\n"), filled(TEN_MB, (byte) '\n'),
                ascii("\r\na2 NOOP\r\n"));
        for (int chunk : new int[] {input.length, 1, 4097, 1 << 20}) {
            List<FrameEvent> events = feedChecked(limits, Mode.SERVER, input, chunk);
            assertEquals(Kind.LITERAL_TOO_BIG, ((FrameError) events.get(0)).kind());
            assertEquals(List.of(frame("a2 NOOP\r\n")), events.subList(1, events.size()));
        }
    }

    @Test
    void bufferShrinksAfterALargeAcceptedFrame() {
        FrameAccumulator acc = new FrameAccumulator(FrameLimits.DEFAULTS, Mode.CLIENT);
        byte[] input = concat(ascii("* 1 FETCH (BODY[] {" + TEN_MB + "}\r\n"), filled(TEN_MB, (byte) 'y'),
                ascii(")\r\n"));
        List<FrameEvent> events = new ArrayList<>();
        acc.feed(input, 0, input.length, events::add);
        assertEquals(input.length, ((Frame) events.get(0)).length());
        assertTrue(acc.retainedBytes() <= BOUND, "retained " + acc.retainedBytes());
    }

    /** Feeds in chunks, checking the retained size after each. */
    private static List<FrameEvent> feedChecked(FrameLimits limits, Mode mode, byte[] input, int chunk) {
        FrameAccumulator acc = new FrameAccumulator(limits, mode);
        List<FrameEvent> events = new ArrayList<>();
        long worst = 0;
        for (int off = 0; off < input.length; off += chunk) {
            acc.feed(input, off, Math.min(chunk, input.length - off), events::add);
            worst = Math.max(worst, acc.retainedBytes());
        }
        assertTrue(worst <= BOUND, "retained " + worst + " bytes with chunk " + chunk);
        return events;
    }

    private static byte[] filled(int n, byte b) {
        byte[] a = new byte[n];
        Arrays.fill(a, b);
        return a;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int off = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }
}
