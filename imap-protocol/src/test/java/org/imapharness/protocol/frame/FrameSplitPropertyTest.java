package org.imapharness.protocol.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.imapharness.protocol.frame.FrameAccumulator.Mode;
import org.junit.jupiter.api.Test;

/**
 * Random streams built from framing tokens (announcements of every form, CRLF, bare LF, CR,
 * text), valid or not, with small limits: every way of splitting gives the same events, and
 * frames put back together give the input minus what errors discarded.
 */
class FrameSplitPropertyTest {
    private static final String[] TOKENS = {
        "a1 ", "x", "xxxxxxxx", " ", "\r\n", "\n", "\r", "{0}\r\n", "{3}\r\n", "{3+}\r\n", "~{2}\r\n",
        "~{4+}\r\n", "{99}\r\n", "{12+}\r\n", "{4294967296+}\r\n", "{123456789012}\r\n", "}", "{", "+",
    };
    private static final FrameLimits LIMITS = new FrameLimits(24, 12, 48);

    @Test
    void anySplitGivesTheSameEvents() {
        Random random = new Random(3501);
        for (int run = 0; run < 300; run++) {
            byte[] input = randomStream(random);
            for (Mode mode : Mode.values()) {
                FrameFeeds.Result whole = FrameFeeds.feed(LIMITS, mode, input, input.length);
                assertEquals(whole, FrameFeeds.feed(LIMITS, mode, input, 1), "byte by byte, run " + run);
                assertEquals(whole, randomChunks(random, mode, input), "random chunks, run " + run);
                checkFramesAreInput(whole.events(), input);
            }
        }
    }

    @Test
    void everySplitOfSomeStreams() {
        Random random = new Random(7888);
        for (int run = 0; run < 20; run++) {
            byte[] input = randomStream(random);
            FrameFeeds.everySplit(LIMITS, Mode.SERVER, input);
            FrameFeeds.everySplit(LIMITS, Mode.CLIENT, input);
        }
    }

    private static byte[] randomStream(Random random) {
        StringBuilder sb = new StringBuilder();
        int tokens = 1 + random.nextInt(40);
        for (int i = 0; i < tokens; i++) {
            sb.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static FrameFeeds.Result randomChunks(Random random, Mode mode, byte[] input) {
        FrameAccumulator acc = new FrameAccumulator(LIMITS, mode);
        List<FrameEvent> events = new ArrayList<>();
        for (int off = 0; off < input.length; ) {
            int n = Math.min(input.length - off, 1 + random.nextInt(8));
            acc.feed(input, off, n, events::add);
            off += n;
            assertTrue(acc.retainedBytes() <= 256 + 16, "buffer stays small");
        }
        return new FrameFeeds.Result(events, acc.bareLineFeeds());
    }

    /** Every frame is a contiguous piece of the input, in order, each starting after the last. */
    private static void checkFramesAreInput(List<FrameEvent> events, byte[] input) {
        String in = new String(input, StandardCharsets.ISO_8859_1);
        int from = 0;
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (FrameEvent e : events) {
            if (e instanceof Frame f) {
                String s = new String(f.bytes(), StandardCharsets.ISO_8859_1);
                int at = in.indexOf(s, from);
                assertTrue(at >= 0, "frame " + f + " not found in input after " + from);
                assertTrue(s.endsWith("\n"), "frame ends a line: " + f);
                assertTrue(f.length() <= LIMITS.maxFrameSize());
                from = at + s.length();
                all.writeBytes(f.bytes());
            }
        }
        assertTrue(all.size() <= input.length);
    }
}
