package org.imapharness.core.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.imapharness.core.gen.Choices;
import org.imapharness.core.gen.Shrinker;

/**
 * Each step of a run draws its decisions from its own block of {@link #SIZE} bytes of the run's
 * byte source (past what it needs, a step reads zeros). Steps therefore sit at fixed offsets, so
 * deleting one block deletes exactly one action and leaves the others' decisions intact. Shrinking
 * first deletes runs of whole blocks (halves, quarters, ... single steps, as delta debugging
 * does), then hands what is left to the byte-level {@link Shrinker}, which simplifies inside the
 * blocks (a lower device number, a simpler action).
 */
final class StepBlocks {
    static final int SIZE = 32;

    private StepBlocks() {
    }

    /** The next step's block, drawn from the run's source, as a source of its own. */
    static Choices next(Choices run) {
        byte[] block = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            block[i] = (byte) run.nextByte();
        }
        return Choices.replay(block);
    }

    /**
     * The smallest failing bytes found from {@code failing}, spending at most {@code maxAttempts}
     * replays of {@code stillFails}.
     */
    static byte[] shrink(byte[] failing, Predicate<byte[]> stillFails, int maxAttempts) {
        int[] attempts = {0};
        Predicate<byte[]> counted = b -> attempts[0]++ < maxAttempts && stillFails.test(b);
        List<byte[]> steps = split(failing);
        for (int chunk = Integer.highestOneBit(Math.max(1, steps.size() / 2)); chunk >= 1; chunk /= 2) {
            int at = steps.size() - chunk;
            while (at >= 0 && attempts[0] < maxAttempts) {
                List<byte[]> fewer = new ArrayList<>(steps.subList(0, at));
                fewer.addAll(steps.subList(at + chunk, steps.size()));
                if (!fewer.isEmpty() && counted.test(join(fewer))) {
                    steps = fewer;
                    at = Math.min(at, steps.size()) - chunk;
                } else {
                    at -= chunk;
                }
            }
        }
        byte[] best = join(steps);
        int left = maxAttempts - attempts[0];
        return left > 0 ? new Shrinker(stillFails, left).shrink(best) : best;
    }

    private static List<byte[]> split(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        for (int at = 0; at < bytes.length; at += SIZE) {
            byte[] block = new byte[SIZE];
            System.arraycopy(bytes, at, block, 0, Math.min(SIZE, bytes.length - at));
            out.add(block);
        }
        return out;
    }

    private static byte[] join(List<byte[]> blocks) {
        byte[] out = new byte[blocks.size() * SIZE];
        for (int i = 0; i < blocks.size(); i++) {
            System.arraycopy(blocks.get(i), 0, out, i * SIZE, SIZE);
        }
        return out;
    }
}
