package org.imapharness.reports.model;

/**
 * How one check ended. ERRORED is apart from FAILED because it says nothing about the server:
 * the harness could not run the check (no connection, a broken scenario file, a harness bug).
 */
public enum Outcome {
    PASSED, FAILED, SKIPPED, ERRORED;

    /** FAILED or ERRORED: the check did not pass although it ran or tried to. */
    public boolean isProblem() {
        return this == FAILED || this == ERRORED;
    }
}
