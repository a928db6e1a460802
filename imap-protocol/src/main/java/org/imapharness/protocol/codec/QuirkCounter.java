package org.imapharness.protocol.codec;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How often each {@link Quirk} was accepted. Thread-confined like the parser that owns it:
 * read it from the parser's thread, or take a {@link #snapshot()} there and hand that on.
 */
public final class QuirkCounter {
    private static final Quirk[] QUIRKS = Quirk.values();

    private final long[] counts = new long[QUIRKS.length];

    /** Adds {@code n} occurrences of {@code quirk}. */
    public void add(Quirk quirk, long n) {
        counts[quirk.ordinal()] += n;
    }

    public long count(Quirk quirk) {
        return counts[quirk.ordinal()];
    }

    /** All occurrences of all quirks. */
    public long total() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /** The quirks seen at least once, with their counts, in declaration order. */
    public Map<Quirk, Long> snapshot() {
        Map<Quirk, Long> seen = new EnumMap<>(Quirk.class);
        for (Quirk q : QUIRKS) {
            if (counts[q.ordinal()] > 0) {
                seen.put(q, counts[q.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(seen);
    }

    public void reset() {
        Arrays.fill(counts, 0);
    }

    @Override
    public String toString() {
        return "QuirkCounter" + snapshot();
    }
}
