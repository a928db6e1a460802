package org.imapharness.reports.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one run produced: the model every report format is written from, and what
 * {@code run.json} holds (docs/report-json.md).
 *
 * @param schema       {@link #SCHEMA}, so readers can refuse files of another shape
 * @param target       the server
 * @param startedAt    ISO-8601 instant the run started
 * @param durationMs   wall-clock time of the whole run
 * @param summary      counts over {@code checks}
 * @param checks       in execution order
 * @param measurements run-wide {@code imap.measure.*} entries (published on containers), without the prefix
 * @param quirks       RFC deviations tolerated while parsing the target's answers, by name, with counts
 * @param loadReport   path or URL of Gatling's HTML report, if a load run published one; empty otherwise
 */
public record Run(String schema, TargetInfo target, String startedAt, long durationMs, Summary summary,
                  List<Check> checks, Map<String, String> measurements, Map<String, Long> quirks,
                  String loadReport) {

    /** The current {@code schema} value; bumped on incompatible changes only. */
    public static final String SCHEMA = "imap-harness-run/1";

    public Run {
        Objects.requireNonNull(target, "target");
        startedAt = startedAt == null ? "" : startedAt;
        checks = checks == null ? List.of() : List.copyOf(checks);
        summary = Summary.of(checks);
        measurements = Ordered.copy(measurements);
        quirks = Ordered.copy(quirks);
        loadReport = loadReport == null ? "" : loadReport;
    }

    public static Run of(TargetInfo target, String startedAt, long durationMs, List<Check> checks,
                         Map<String, String> measurements, Map<String, Long> quirks, String loadReport) {
        return new Run(SCHEMA, target, startedAt, durationMs, null, checks, measurements, quirks, loadReport);
    }

    /** The distinct suites, in order of first appearance. */
    public List<String> suites() {
        return checks.stream().map(Check::suite).distinct().toList();
    }
}
