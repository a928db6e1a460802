package org.imapharness.cli;

/**
 * A mistake in how the command was called or what it points at (exit code 2), with a message
 * that says what to change; printed without a stack trace.
 */
final class UsageProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageProblem(String message) {
        super(message);
    }
}
