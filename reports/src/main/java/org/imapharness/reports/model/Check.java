package org.imapharness.reports.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One check of a run (a scenario, a sync property, a fuzz target, a security check), as every
 * report shows it.
 *
 * @param id           the JUnit unique id: stable across runs, so baselines and comparisons match on it
 * @param name         the display name
 * @param suite        {@code rfc3501}, {@code extensions}, {@code sync}, ... (from a {@code suite-x} tag
 *                     or the scenario's directory)
 * @param rfc          the sections it enforces, in order
 * @param level        the strongest requirement level it carries
 * @param capabilities the capabilities it requires ({@code cap-X} tags)
 * @param tags         every tag, as given
 * @param outcome      how it ended
 * @param reason       why it was skipped, or the first line of its failure; empty when it passed
 * @param durationMs   wall-clock time
 * @param report       the failure report (expected vs received), without the transcript; empty when passed
 * @param transcript   the traffic of its connections, {@code C:} / {@code S:} lines; empty if none
 * @param replay       a file to replay it, relative to the report directory; empty if none
 * @param seed         the seed that reproduces it; empty if none
 * @param measurements {@code imap.measure.*} entries it published, without the prefix
 */
public record Check(String id, String name, String suite, List<RfcSection> rfc, Level level,
                    List<String> capabilities, List<String> tags, Outcome outcome, String reason, long durationMs,
                    String report, String transcript, String replay, String seed, Map<String, String> measurements) {

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        suite = suite == null ? "" : suite;
        rfc = rfc == null ? List.of() : List.copyOf(rfc);
        level = level == null ? Level.NONE : level;
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        tags = tags == null ? List.of() : List.copyOf(tags);
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
        report = report == null ? "" : report;
        transcript = transcript == null ? "" : transcript;
        replay = replay == null ? "" : replay;
        seed = seed == null ? "" : seed;
        measurements = Ordered.copy(measurements);
    }

    /** A check that carries a MUST and did not pass: what decides exit code 1. */
    public boolean isMustProblem() {
        return level == Level.MUST && outcome.isProblem();
    }
}
