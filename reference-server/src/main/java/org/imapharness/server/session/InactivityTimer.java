package org.imapharness.server.session;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The autologout timer (RFC 3501 §5.4): fires when no command arrived for the current timeout,
 * which the session chooses by state (short before authentication, at least 30 minutes after by
 * default). One scheduled task per connection, re-armed lazily: {@link #touch} only records the
 * time, and the task, when it fires early, sleeps again for the remainder.
 */
final class InactivityTimer {
    private final EventExecutor executor;
    private final Supplier<Duration> timeout;
    private final Runnable expired;
    private long lastActivity = System.nanoTime();
    private ScheduledFuture<?> task;

    InactivityTimer(EventExecutor executor, Supplier<Duration> timeout, Runnable expired) {
        this.executor = executor;
        this.timeout = timeout;
        this.expired = expired;
    }

    void start() {
        arm(timeout.get().toNanos());
    }

    /** The client did something: the countdown starts over. */
    void touch() {
        lastActivity = System.nanoTime();
    }

    /** After a change of state the timeout may be shorter than what is armed. */
    void restart() {
        touch();
        cancel();
        start();
    }

    void cancel() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private void arm(long delayNanos) {
        task = executor.schedule(this::check, Math.max(delayNanos, 1), TimeUnit.NANOSECONDS);
    }

    private void check() {
        task = null;
        long left = timeout.get().toNanos() - (System.nanoTime() - lastActivity);
        if (left > 0) {
            arm(left);
        } else {
            expired.run();
        }
    }
}
