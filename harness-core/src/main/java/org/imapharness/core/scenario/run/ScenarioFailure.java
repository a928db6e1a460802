package org.imapharness.core.scenario.run;

import org.imapharness.core.scenario.Failure;

/** The server did not answer as the scenario expects: the run is FAILED with this failure. */
final class ScenarioFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Failure failure;

    ScenarioFailure(Failure failure) {
        super(failure.message(), null, false, false);
        this.failure = failure;
    }

    Failure failure() {
        return failure;
    }
}
