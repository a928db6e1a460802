package org.imapharness.scenarios.fuzz;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.imapharness.protocol.frame.FrameAccumulator.Mode;
import org.imapharness.protocol.frame.FrameLimits;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the frame decoder ({@code FrameAccumulator}), the first code that
 * touches hostile bytes on both sides of a connection. For each mode and a few small limits,
 * feeding the input whole, byte by byte, in random chunks, and split at chosen points gives the
 * same events and the same bare-LF count; memory held stays within the limits; frames, literal
 * announcements and errors keep their contracts (see {@link FrameFeedings}). Nothing may throw.
 *
 * <p>The limits are tiny so that every limit, discard path and resynchronisation is reached
 * from short inputs.
 */
class FrameDecoderFuzzTest {
    private static final List<FrameLimits> LIMITS = List.of(
            // literals larger than a line but within the frame: LINE_TOO_LONG, LITERAL_TOO_BIG, FRAME_TOO_BIG
            new FrameLimits(32, 48, 128),
            // literals allowed beyond the frame size: only the frame limit refuses them
            new FrameLimits(64, 4096, 160),
            // room for ordinary commands and responses, so valid seeds frame cleanly
            new FrameLimits(1024, 8192, 16384));

    @Timeout(value = 10, unit = SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest(maxDuration = "60s")
    void framesAgreeHoweverSplit(byte[] input) {
        for (Mode mode : Mode.values()) {
            for (FrameLimits limits : LIMITS) {
                FrameFeedings feedings = new FrameFeedings(limits, mode, input);
                FrameFeedings.Result whole = feedings.whole();
                feedings.checkContracts(whole);
                assertEquals(whole, feedings.byteByByte(), () -> feedings.describe("byte by byte"));
                assertEquals(whole, feedings.randomChunks(), () -> feedings.describe("random chunks"));
                for (int cut : feedings.cutPoints()) {
                    assertEquals(whole, feedings.splitAt(cut), () -> feedings.describe("split at " + cut));
                }
            }
        }
    }
}
