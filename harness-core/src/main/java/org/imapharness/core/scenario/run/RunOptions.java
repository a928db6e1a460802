package org.imapharness.core.scenario.run;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.imapharness.protocol.codec.Quirk;

/**
 * How scenarios run.
 *
 * @param responseTimeout longest wait for each expected response, continuation or close, and for
 *                        each of the interpreter's own commands; a scenario's {@code timeout:}
 *                        header overrides it for that scenario
 * @param tolerated       known deviations from RFC 3501 §9 the response parser accepts (and
 *                        counts in each {@code ScenarioResult}) instead of failing the scenario;
 *                        empty by default: scenarios check conformance, grammar included
 */
public record RunOptions(Duration responseTimeout, Set<Quirk> tolerated) {

    public static final RunOptions DEFAULTS = new RunOptions(Duration.ofSeconds(10), Set.of());

    public RunOptions {
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("responseTimeout must be positive: " + responseTimeout);
        }
        tolerated = tolerated.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tolerated));
    }

    public RunOptions withResponseTimeout(Duration value) {
        return new RunOptions(value, tolerated);
    }

    public RunOptions withTolerated(Set<Quirk> quirks) {
        return new RunOptions(responseTimeout, quirks);
    }
}
