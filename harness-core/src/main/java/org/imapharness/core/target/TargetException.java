package org.imapharness.core.target;

/** A target that cannot be understood or opened; the message says what to change. */
public final class TargetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean unavailable;

    public TargetException(String message) {
        this(message, null, false);
    }

    public TargetException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private TargetException(String message, Throwable cause, boolean unavailable) {
        super(message, cause);
        this.unavailable = unavailable;
    }

    /**
     * The target is fine but cannot run here, e.g. a {@code container:} target where no Docker
     * engine runs: tests against it are skipped with {@code reason}, not failed.
     */
    public static TargetException unavailable(String reason) {
        return new TargetException(reason, null, true);
    }

    /** Whether this environment lacks what the target needs (see {@link #unavailable}). */
    public boolean isUnavailable() {
        return unavailable;
    }
}
