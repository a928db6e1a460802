package org.imapharness.core.engine;

import java.util.Objects;

/**
 * The failure of a test the harness could not run (the ERRORED outcome): the target could not be
 * opened, a login or a fixture was refused. Nothing is then known about the requirement itself.
 *
 * <p>Public so that launchers tell a server that broke a rule (exit code 1) from a target that
 * cannot be used at all (exit code 2): when every test that ran ended with this error, the run
 * says nothing about the server, and {@link #problem()} (the same text for every scenario when
 * the target is unusable) is what to show, once. Engines and Jupiter tests of other suites may
 * throw it for the same purpose. It fails a test (ERRORED) or, when this environment lacks what
 * the target needs (no Docker engine), aborts it (skipped, with the reason).
 */
public final class CouldNotRunError extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final String problem;

    /**
     * @param problem what stopped the run, without the test's name (e.g. {@code cannot open the
     *                target: connection refused})
     * @param message the whole report for this test
     */
    public CouldNotRunError(String problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
        // The message says everything; a stack trace into the engine would only hide it.
        setStackTrace(new StackTraceElement[0]);
    }

    /** What stopped the run, without the test's name or transcripts. */
    public String problem() {
        return problem;
    }
}
