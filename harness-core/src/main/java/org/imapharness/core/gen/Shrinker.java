package org.imapharness.core.gen;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Shrinks a failing run by shrinking the bytes it drew (DESIGN.md §8): deletes chunks, then
 * zeroes them, then lowers single bytes, keeping every change after which the run still fails,
 * until a whole pass changes nothing or the attempt budget is spent. Because generators read
 * smaller bytes as simpler choices, this shrinks any generated value without knowing its type.
 *
 * <p>Candidates are tried in shortlex order (shorter, then lexicographically smaller), so the
 * result is never larger than the input, and the whole process is deterministic.
 */
public final class Shrinker {
    private final Predicate<byte[]> stillFails;
    private final int maxAttempts;
    private int attempts;

    /**
     * @param stillFails replays the bytes and says whether the failure is still there
     * @param maxAttempts how many replays shrinking may spend
     */
    public Shrinker(Predicate<byte[]> stillFails, int maxAttempts) {
        this.stillFails = stillFails;
        this.maxAttempts = maxAttempts;
    }

    /** The smallest failing bytes found, starting from {@code failing} (which must fail). */
    public byte[] shrink(byte[] failing) {
        byte[] best = failing.clone();
        boolean changed = true;
        while (changed && attempts < maxAttempts) {
            changed = false;
            for (int size = Math.max(1, Integer.highestOneBit(Math.max(1, best.length / 2))); size >= 1; size /= 2) {
                byte[] smaller = deleteChunks(best, size);
                changed |= smaller != best;
                best = smaller;
            }
            byte[] zeroed = zeroChunks(best);
            changed |= zeroed != best;
            best = zeroed;
            byte[] lowered = lowerBytes(best);
            changed |= lowered != best;
            best = lowered;
        }
        return best;
    }

    /** How many replays shrinking has spent so far. */
    public int attempts() {
        return attempts;
    }

    private byte[] deleteChunks(byte[] current, int size) {
        byte[] best = current;
        for (int at = best.length - size; at >= 0 && attempts < maxAttempts; at--) {
            byte[] candidate = new byte[best.length - size];
            System.arraycopy(best, 0, candidate, 0, at);
            System.arraycopy(best, at + size, candidate, at, best.length - at - size);
            if (fails(candidate)) {
                best = candidate;
                at = Math.min(at, best.length - size + 1);
            }
        }
        return best;
    }

    private byte[] zeroChunks(byte[] current) {
        byte[] best = current;
        for (int size = 8; size >= 1; size /= 2) {
            for (int at = 0; at + size <= best.length && attempts < maxAttempts; at++) {
                if (isZero(best, at, size)) {
                    continue;
                }
                byte[] candidate = best.clone();
                Arrays.fill(candidate, at, at + size, (byte) 0);
                if (fails(candidate)) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Binary search per byte for the smallest value that still fails. */
    private byte[] lowerBytes(byte[] current) {
        byte[] best = current;
        for (int at = 0; at < best.length && attempts < maxAttempts; at++) {
            int low = 0;
            int high = best[at] & 0xff;
            while (low < high && attempts < maxAttempts) {
                int middle = (low + high) >>> 1;
                byte[] candidate = best.clone();
                candidate[at] = (byte) middle;
                if (fails(candidate)) {
                    best = candidate;
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
        }
        return best;
    }

    private boolean fails(byte[] candidate) {
        attempts++;
        return stillFails.test(candidate);
    }

    private static boolean isZero(byte[] bytes, int from, int size) {
        for (int i = from; i < from + size; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
