package org.imapharness.scenarios.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A second record of every response the IMAP actions log to Gatling, as HdrHistograms per request
 * name. Gatling 3.15's own files cannot be merged across injectors (its reports-only mode reads a
 * single {@code simulation.log}), while histograms add up exactly; the runner saves these next to
 * the report and merges several injectors' files (see docs/scaling-out.md).
 */
public final class LatencyLog {
    private static final long MAX_MILLIS = TimeUnit.HOURS.toMillis(1);
    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();

    private LatencyLog() {
    }

    /** One request name's figures: response times of OK responses (ms), the KO count, the time span. */
    public static final class Entry {
        private final Histogram ok = new ConcurrentHistogram(MAX_MILLIS, 3);
        private final AtomicLong ko = new AtomicLong();
        private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

        void record(long start, long end, boolean success) {
            if (success) {
                ok.recordValue(Math.min(MAX_MILLIS, Math.max(0, end - start)));
            } else {
                ko.incrementAndGet();
            }
            firstStart.accumulateAndGet(start, Math::min);
            lastEnd.accumulateAndGet(end, Math::max);
        }

        public Histogram ok() {
            return ok;
        }

        public long ko() {
            return ko.get();
        }

        public long firstStartMillis() {
            return firstStart.get();
        }

        public long lastEndMillis() {
            return lastEnd.get();
        }
    }

    /** Called by the IMAP actions next to each {@code logResponse}; times in epoch milliseconds. */
    public static void record(String request, long start, long end, boolean success) {
        ENTRIES.computeIfAbsent(request, k -> new Entry()).record(start, end, success);
    }

    /** What was recorded since the last reset, by request name. */
    public static Map<String, Entry> snapshot() {
        return new TreeMap<>(ENTRIES);
    }

    public static void reset() {
        ENTRIES.clear();
    }
}
