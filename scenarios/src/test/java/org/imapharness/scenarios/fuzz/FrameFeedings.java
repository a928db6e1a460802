package org.imapharness.scenarios.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.frame.FrameAccumulator.Mode;
import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.protocol.frame.LiteralAnnounced;
import org.imapharness.protocol.model.Printable;

/**
 * One fuzz input fed to fresh {@link FrameAccumulator}s in different pieces. Every feeding checks,
 * after each {@code feed} call, that the memory held stays within the limits; {@link
 * #checkContracts} checks what the events promise. Split points come from the input itself (after
 * every byte that changes the framer's state, and one point picked by the input's hash), so the
 * fuzzer steers them while crash files stay plain bytes.
 */
final class FrameFeedings {
    /** How many cut points at state-changing bytes are tried per input; bounds the cost per input. */
    private static final int MAX_CUTS = 8;
    /** {@code FrameBuffer} starts at 256 bytes and at most doubles past the frame limit; {@code LineTail} keeps 16. */
    private static final int INITIAL_BUFFER = 256;
    private static final int TAIL = 16;

    /** What one feeding produced. */
    record Result(List<FrameEvent> events, long bareLineFeeds, boolean betweenFrames) {
    }

    private final FrameLimits limits;
    private final Mode mode;
    private final byte[] input;
    private final long retainedBound;

    FrameFeedings(FrameLimits limits, Mode mode, byte[] input) {
        this.limits = limits;
        this.mode = mode;
        this.input = input;
        this.retainedBound = Math.max(INITIAL_BUFFER, 2 * limits.maxFrameSize()) + TAIL;
    }

    Result whole() {
        return feed(new int[] {input.length});
    }

    Result byteByByte() {
        int[] pieces = new int[input.length];
        Arrays.fill(pieces, 1);
        return feed(pieces);
    }

    /** Pieces of 1 to 17 bytes, chosen by a generator seeded with the input's hash. */
    Result randomChunks() {
        Random random = new Random(Arrays.hashCode(input));
        List<Integer> pieces = new ArrayList<>();
        for (int left = input.length; left > 0; ) {
            int n = Math.min(left, 1 + random.nextInt(17));
            pieces.add(n);
            left -= n;
        }
        return feed(pieces.stream().mapToInt(Integer::intValue).toArray());
    }

    Result splitAt(int cut) {
        return feed(new int[] {cut, input.length - cut});
    }

    /** Just before and after CR, LF, braces, plus and tilde (the bytes framing decides on), and one hashed point. */
    Set<Integer> cutPoints() {
        Set<Integer> cuts = new LinkedHashSet<>();
        for (int i = 0; i < input.length && cuts.size() < MAX_CUTS; i++) {
            byte b = input[i];
            if (b == '\r' || b == '\n' || b == '{' || b == '}' || b == '+' || b == '~') {
                cuts.add(i);
                cuts.add(i + 1);
            }
        }
        cuts.add(Math.floorMod(Arrays.hashCode(input) * 31 + input.length, input.length + 1));
        return cuts;
    }

    String describe(String feeding) {
        return mode + " " + limits + ", " + feeding + ", input " + Printable.preview(input, 0, input.length, 200);
    }

    private Result feed(int[] pieces) {
        FrameAccumulator accumulator = new FrameAccumulator(limits, mode);
        List<FrameEvent> events = new ArrayList<>();
        int off = 0;
        for (int n : pieces) {
            accumulator.feed(input, off, n, events::add);
            off += n;
            long retained = accumulator.retainedBytes();
            assertTrue(retained <= retainedBound, () -> describe("retained " + retained + " bytes > " + retainedBound));
        }
        assertEquals(input.length, accumulator.offset(), () -> describe("offset counts every byte"));
        return new Result(events, accumulator.bareLineFeeds(), accumulator.isBetweenFrames());
    }

    /** What each event promises, and that frames are the input's own bytes in order. */
    void checkContracts(Result result) {
        long lastErrorOffset = -1;
        int searchFrom = 0;
        boolean errors = false;
        StringBuilder tiled = new StringBuilder();
        for (FrameEvent event : result.events()) {
            if (event instanceof Frame frame) {
                byte[] b = frame.bytes();
                assertTrue(b.length > 0 && b.length <= limits.maxFrameSize() && b[b.length - 1] == '\n',
                        () -> describe("frame within the limit, ending at LF: " + frame));
                int at = indexOf(input, b, searchFrom);
                assertTrue(at >= 0, () -> describe("frame is a later run of input bytes: " + frame));
                searchFrom = at + b.length;
                tiled.append(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
            } else if (event instanceof LiteralAnnounced literal) {
                byte[] line = literal.lineSoFar();
                assertTrue(mode == Mode.SERVER && literal.synchronizing() && literal.size() <= limits.maxLiteralSize()
                        && line.length <= limits.maxFrameSize() && line[line.length - 1] == '\n',
                        () -> describe("literal announcement contract: " + literal));
            } else if (event instanceof FrameError error) {
                errors = true;
                assertTrue(error.raw().length <= FrameError.RAW_LIMIT && error.offset() >= lastErrorOffset
                        && error.offset() < input.length && !error.message().isEmpty(),
                        () -> describe("error contract: " + error));
                lastErrorOffset = error.offset();
            }
        }
        long lineFeeds = count(input, (byte) '\n');
        assertTrue(result.bareLineFeeds() <= lineFeeds, () -> describe("bare LF count"));
        if (!errors) {
            // Without errors nothing is skipped: frames tile the input, the rest is the frame in progress.
            byte[] frames = tiled.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(Arrays.equals(frames, 0, frames.length, input, 0, frames.length),
                    () -> describe("frames tile the input"));
            assertEquals(frames.length == input.length, result.betweenFrames(),
                    () -> describe("between frames exactly when every byte is in a frame"));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static long count(byte[] bytes, byte value) {
        long n = 0;
        for (byte b : bytes) {
            n += b == value ? 1 : 0;
        }
        return n;
    }
}
