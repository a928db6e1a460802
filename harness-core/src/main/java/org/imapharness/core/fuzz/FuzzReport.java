package org.imapharness.core.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a network fuzz run: what was sent, how the server answered, which grammar rules
 * were exercised, and every failure (shrunk, with its replay).
 *
 * @param answers completions by status ({@code OK}, {@code NO}, {@code BAD}, {@code BYE}, ...)
 */
public record FuzzReport(String target, long seed, long commands, long nearValid, long equivalenceChecks,
                         long equivalenceForms, long reconnects, Duration elapsed, Map<String, Long> answers,
                         RuleCoverage rules, List<FuzzFailure> failures) {

    public FuzzReport {
        answers = Map.copyOf(answers);
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    public double commandsPerSecond() {
        return elapsed.toNanos() == 0 ? 0 : commands * 1e9 / elapsed.toNanos();
    }

    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("fuzzed %s with seed %d: %d commands (%d near-valid) in %.1f s, %.0f commands/s; "
                        + "%d equivalence checks (%d forms); %d reconnects; answers %s; %s covered%n",
                target, seed, commands, nearValid, elapsed.toMillis() / 1000.0, commandsPerSecond(), equivalenceChecks,
                equivalenceForms, reconnects, answers, rules.summary()));
        if (!rules.missing().isEmpty()) {
            b.append("  rules never reached: ").append(rules.missing()).append('\n');
        }
        b.append(failures.isEmpty() ? "  no failures\n" : "  " + failures.size() + " failure(s):\n");
        for (FuzzFailure f : failures) {
            b.append("  - ").append(f.describe().replace("\n", "\n    ")).append('\n');
        }
        return b.toString();
    }
}
