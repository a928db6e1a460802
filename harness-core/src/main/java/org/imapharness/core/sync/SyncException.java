package org.imapharness.core.sync;

/**
 * The checker could not go on (no connection, login refused, a command timed out): nothing is
 * known about the rules, so this is an error of the run, never a {@link Violation}.
 */
public final class SyncException extends RuntimeException {
    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }

    public SyncException(String message) {
        super(message);
    }
}
