package org.imapharness.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.imapharness.core.config.Durations;

/**
 * What {@code check} hands its suites beyond the target: the time budget of each timed suite
 * (sync, fuzz), the devices sharing one account, the seed that replays the run, whether checks
 * that load the server may run, and the report directory (replay files go under it).
 */
record CheckSettings(Duration budget, int devices, long seed, boolean harsh, Path reports) {
    CheckSettings {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(reports, "reports");
        if (budget.isNegative() || budget.isZero()) {
            throw new UsageProblem("--duration must be positive, was " + budget);
        }
        if (devices < 1 || devices > 500) {
            throw new UsageProblem("--devices must be 1 to 500, was " + devices);
        }
    }

    /** The budget as the engines' duration parameters take it ({@code 20s}). */
    String budgetText() {
        return Durations.format(budget);
    }
}
