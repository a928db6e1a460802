package org.imapharness.core.sync;

import java.util.List;

/**
 * Percentiles of measured latencies, by the nearest-rank method on the sorted raw values (exact,
 * and small enough here: one value per push).
 */
public record Latencies(int count, double p50Millis, double p90Millis, double p99Millis, double maxMillis) {

    public static Latencies of(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        return new Latencies(sorted.length, rank(sorted, 50), rank(sorted, 90), rank(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest rank: the smallest value with at least {@code p}% of values at or below it. */
    private static double rank(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    @Override
    public String toString() {
        return count == 0 ? "no pushes measured" : String.format(java.util.Locale.ROOT,
                "%d pushes: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms", count, p50Millis, p90Millis,
                p99Millis, maxMillis);
    }
}
