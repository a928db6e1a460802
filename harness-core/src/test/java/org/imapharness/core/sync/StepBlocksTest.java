package org.imapharness.core.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.imapharness.core.gen.Choices;
import org.junit.jupiter.api.Test;

class StepBlocksTest {

    /** A run of {@code steps} blocks whose first bytes are the step numbers. */
    private static byte[] run(int steps) {
        byte[] bytes = new byte[steps * StepBlocks.SIZE];
        for (int i = 0; i < steps; i++) {
            bytes[i * StepBlocks.SIZE] = (byte) (i + 1);
            bytes[i * StepBlocks.SIZE + 1] = 99;
        }
        return bytes;
    }

    private static boolean hasStep(byte[] bytes, int step) {
        for (int at = 0; at < bytes.length; at += StepBlocks.SIZE) {
            if (bytes[at] == step) {
                return true;
            }
        }
        return false;
    }

    @Test
    void keepsOnlyTheStepsTheFailureNeedsAndSimplifiesInsideThem() {
        Predicate<byte[]> fails = b -> hasStep(b, 7) && hasStep(b, 23);
        byte[] shrunk = StepBlocks.shrink(run(40), fails, 400);
        // Two steps are left; the byte shrinker may also drop trailing bytes a replay reads as zeros.
        assertEquals(2, (shrunk.length + StepBlocks.SIZE - 1) / StepBlocks.SIZE);
        assertTrue(fails.test(shrunk));
        assertEquals(7, shrunk[0]);
        assertEquals(0, shrunk[1], "the byte shrinker lowers what the failure does not need");
    }

    @Test
    void neverSpendsMoreThanTheBudget() {
        int[] calls = {0};
        StepBlocks.shrink(run(40), b -> ++calls[0] > 0 && hasStep(b, 7) && hasStep(b, 23), 10);
        assertTrue(calls[0] <= 10, "spent " + calls[0]);
    }

    @Test
    void eachStepReadsItsOwnBlockSoDeletingOneLeavesTheOthersAlone() {
        Choices run = Choices.replay(run(3));
        assertEquals(1, StepBlocks.next(run).nextByte());
        assertEquals(2, StepBlocks.next(run).nextByte());
        Choices third = StepBlocks.next(run);
        assertEquals(3, third.nextByte());
        assertEquals(99, third.nextByte());
        assertArrayEquals(run(3), run.recorded());
    }
}
