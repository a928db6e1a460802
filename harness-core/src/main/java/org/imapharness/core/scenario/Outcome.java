package org.imapharness.core.scenario;

import java.util.Objects;

/** How a scenario run ended. */
public sealed interface Outcome {

    enum Kind { PASSED, FAILED, SKIPPED, ERRORED }

    Kind kind();

    /** Every expectation was met. */
    record Passed() implements Outcome {
        public Kind kind() {
            return Kind.PASSED;
        }
    }

    /** The server did not answer as the scenario expects. */
    record Failed(Failure failure) implements Outcome {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }

        public Kind kind() {
            return Kind.FAILED;
        }
    }

    /** Not run, e.g. because the target does not advertise a required capability. */
    record Skipped(String reason) implements Outcome {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }

        public Kind kind() {
            return Kind.SKIPPED;
        }
    }

    /**
     * The harness could not run the scenario (no connection, login refused, a fixture failed):
     * nothing is known about the requirement itself.
     */
    record Errored(String message) implements Outcome {
        public Errored {
            Objects.requireNonNull(message, "message");
        }

        public Kind kind() {
            return Kind.ERRORED;
        }
    }
}
