package org.imapharness.scenarios.load.runner;

import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Measures how late Gatling's event loops run a task due every {@value #PERIOD_MS} ms. A loop that
 * is busy (or starved of CPU) delays every virtual user on it, and the latencies Gatling records
 * then include the generator's own queueing, so a high lag makes a run's numbers untrustworthy.
 * The IMAP protocol starts watching Gatling's loops when its components are created; watching
 * stops by itself when the loops shut down at the end of the run.
 */
public final class EventLoopLagProbe {
    static final long PERIOD_MS = 50;
    private static final Set<EventLoopGroup> WATCHED = ConcurrentHashMap.newKeySet();
    /** Lag in microseconds, up to one hour. */
    private static final Histogram LAG = new SynchronizedHistogram(TimeUnit.HOURS.toMicros(1), 3);

    private EventLoopLagProbe() {
    }

    /** Starts sampling every loop of {@code group}; a group already watched is left alone. */
    public static void watch(EventLoopGroup group) {
        if (!WATCHED.add(group)) {
            return;
        }
        for (EventExecutor loop : group) {
            schedule(loop);
        }
    }

    private static void schedule(EventExecutor loop) {
        long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PERIOD_MS);
        try {
            loop.schedule(() -> {
                LAG.recordValue(Math.min(LAG.getHighestTrackableValue(),
                        Math.max(0, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due))));
                schedule(loop);
            }, PERIOD_MS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The loop is shutting down: the run is over.
        }
    }

    /** Forgets earlier samples and groups; call before a run. */
    public static void reset() {
        WATCHED.clear();
        LAG.reset();
    }

    /** Lag so far, in milliseconds. */
    public static Lag snapshot() {
        synchronized (LAG) {
            return new Lag(LAG.getTotalCount(), LAG.getValueAtPercentile(50) / 1000.0,
                    LAG.getValueAtPercentile(99) / 1000.0, LAG.getMaxValue() / 1000.0);
        }
    }

    /** @param samples how many times a loop was probed; 0 when no IMAP protocol ran */
    public record Lag(long samples, double p50Millis, double p99Millis, double maxMillis) {
    }
}
