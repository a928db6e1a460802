package org.imapharness.core.scenario.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How scenarios run.
 *
 * @param responseTimeout longest wait for each expected response, continuation or close, and for
 *                        each of the interpreter's own commands; a scenario's {@code timeout:}
 *                        header overrides it for that scenario
 */
public record RunOptions(Duration responseTimeout) {

    public static final RunOptions DEFAULTS = new RunOptions(Duration.ofSeconds(10));

    public RunOptions {
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("responseTimeout must be positive: " + responseTimeout);
        }
    }

    public RunOptions withResponseTimeout(Duration value) {
        return new RunOptions(value);
    }
}
