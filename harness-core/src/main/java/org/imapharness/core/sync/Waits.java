package org.imapharness.core.sync;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Bounded waits on the driver's futures: every wait of the checker goes through here. */
final class Waits {
    /** On top of the driver's own command timeout, so the driver's clearer error wins the race. */
    private static final long GRACE_MILLIS = 2_000;

    private Waits() {
    }

    static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
        try {
            return future.get(timeout.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(what + ": interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SyncException(what + ": " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new SyncException(what + ": no answer within " + timeout.plusMillis(GRACE_MILLIS).toMillis() + " ms", e);
        }
    }
}
