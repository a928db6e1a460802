package org.imapharness.cli;

import java.io.PrintWriter;

/**
 * A progress line on stderr for runs long enough to wonder about: nothing in the first two
 * seconds, then at most one update every two seconds. On a terminal the line is rewritten in
 * place; in a CI log each update is a line of its own, every ten seconds, so logs stay short.
 */
final class ProgressLine {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final String title;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrint;
    private boolean printed;

    ProgressLine(PrintWriter err, String title, boolean terminal) {
        this.err = err;
        this.title = title;
        this.terminal = terminal;
    }

    synchronized void update(long done, long total, long failing) {
        long now = System.nanoTime();
        long every = terminal ? QUIET_NANOS : LOG_EVERY_NANOS;
        if (now - start < QUIET_NANOS || (printed && now - lastPrint < every)) {
            return;
        }
        String line = String.format("%s: %d/%d tests done, %d not passing, %d s", title, done, total, failing,
                (now - start) / 1_000_000_000L);
        err.print(terminal ? "\r" + line : line + System.lineSeparator());
        err.flush();
        lastPrint = now;
        printed = true;
    }

    /** Ends the in-place line so the summary starts on a fresh one. */
    synchronized void finish() {
        if (printed && terminal) {
            err.println();
        }
    }
}
