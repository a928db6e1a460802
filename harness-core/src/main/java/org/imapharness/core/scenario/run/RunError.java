package org.imapharness.core.scenario.run;

/**
 * The harness could not run the scenario: no connection, login refused, a fixture rejected, or
 * a variable left without a value by an optional response that did not arrive. The run is
 * ERRORED, not FAILED: nothing is known about the requirement itself.
 */
final class RunError extends Exception {
    private static final long serialVersionUID = 1L;

    RunError(String message) {
        super(message, null, false, false);
    }
}
