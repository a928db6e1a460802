package org.imapharness.scenarios.load;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Message bytes a simulation moved, for throughput in MB/s next to Gatling's request rates
 * (Gatling counts requests, not bytes, for a custom protocol). Simulations add what their checks
 * extracted, e.g. {@link Imap#fetchedBytes()}; the runner resets it before a run and reads it after.
 * The rate's window runs from the first to the last addition, so Gatling's start-up and report
 * generation do not dilute it.
 */
public final class ByteMeter {
    private static final LongAdder BYTES = new LongAdder();
    private static final AtomicLong FIRST = new AtomicLong();
    private static final AtomicLong LAST = new AtomicLong();

    private ByteMeter() {
    }

    public static void add(long bytes) {
        long now = System.nanoTime();
        FIRST.compareAndSet(0, now);
        LAST.accumulateAndGet(now, Math::max);
        BYTES.add(bytes);
    }

    public static long total() {
        return BYTES.sum();
    }

    /** Seconds from the first to the last addition; 0 with fewer than two. */
    public static double windowSeconds() {
        long first = FIRST.get();
        return first == 0 ? 0 : (LAST.get() - first) / 1e9;
    }

    public static void reset() {
        BYTES.reset();
        FIRST.set(0);
        LAST.set(0);
    }
}
