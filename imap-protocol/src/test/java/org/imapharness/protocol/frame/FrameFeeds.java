package org.imapharness.protocol.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.frame.FrameAccumulator.Mode;

/**
 * Feeds one input to fresh accumulators whole, split in two at every byte, and byte by byte,
 * and asserts that every way gives the same events and the same quirk count (DESIGN §10).
 */
final class FrameFeeds {
    private FrameFeeds() {
    }

    /** What one feeding produced. */
    record Result(List<FrameEvent> events, long bareLineFeeds) {
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Frame frame(String s) {
        return new Frame(ascii(s));
    }

    /** All the ways, checked equal; returns the events of the whole feed. */
    static Result everySplit(FrameLimits limits, Mode mode, byte[] input) {
        Result whole = feed(limits, mode, input, input.length);
        for (int cut = 1; cut < input.length; cut++) {
            Result split = feed(limits, mode, input, cut);
            assertEquals(whole, split, "split at " + cut);
        }
        assertEquals(whole, feed(limits, mode, input, 1), "byte by byte");
        return whole;
    }

    static Result everySplit(FrameLimits limits, Mode mode, String input) {
        return everySplit(limits, mode, ascii(input));
    }

    static List<FrameEvent> events(FrameLimits limits, Mode mode, String input) {
        return everySplit(limits, mode, ascii(input)).events();
    }

    /**
     * Feeds {@code input} in pieces: the first is {@code chunk} bytes long and the rest are
     * {@code chunk} bytes long when that is 1, otherwise the remainder in one piece. That covers
     * "split at chunk" and "byte by byte" with one method.
     */
    static Result feed(FrameLimits limits, Mode mode, byte[] input, int chunk) {
        FrameAccumulator acc = new FrameAccumulator(limits, mode);
        List<FrameEvent> events = new ArrayList<>();
        int off = 0;
        while (off < input.length) {
            int n = off == 0 || chunk == 1 ? Math.min(chunk, input.length - off) : input.length - off;
            acc.feed(input, off, n, events::add);
            off += n;
        }
        assertEquals(input.length, acc.offset(), "offset counts every byte");
        return new Result(events, acc.bareLineFeeds());
    }
}
