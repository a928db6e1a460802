package org.imapharness.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imapharness.cli.SuiteTestResult.Status;

/**
 * The end of {@code check}'s screen, after the run's own summary: one line per suite (counts,
 * or why it did not run), where the reports are, and last what the exit code means.
 */
final class CheckSummary {
    private CheckSummary() {
    }

    /**
     * @param ran         the suites that ran, in order
     * @param notRun      suite name -> why it did not run ({@code not available: ...}, {@code skipped (--skip)})
     * @param outcome     the run's outcome
     * @param reports     the {@code --out} directory
     */
    static void print(List<CheckSuite> ran, Map<String, String> notRun, SuiteLauncher.Outcome outcome, Path reports,
                      PrintWriter out) {
        int width = CheckSuite.ALL.stream().mapToInt(s -> s.name().length()).max().orElse(10) + 2;
        out.println("check, by suite:");
        for (CheckSuite suite : CheckSuite.ALL) {
            String line = notRun.get(suite.name());
            if (line == null && ran.contains(suite)) {
                line = counts(outcome.results().stream().filter(r -> suite.owns(r.tags(), ran)).toList());
            }
            if (line != null) {
                out.printf("  %-" + width + "s%s%n", suite.name(), line);
            }
        }
        out.println("reports: " + reports.toAbsolutePath() + layout(reports));
        out.flush();
    }

    /** The last line: the exit code and what it means ({@code gated}: judged against a baseline). */
    static void verdict(int code, boolean gated, PrintWriter out) {
        out.println("exit " + code + ": " + switch (code) {
            case SuiteLauncher.PASSED -> gated ? "no regression against the baseline" : "every MUST requirement passed";
            case SuiteLauncher.FAILED -> gated ? "a check regressed against the baseline"
                    : "a MUST requirement failed or could not be checked";
            default -> "nothing could be checked";
        });
        out.flush();
    }

    private static String counts(List<SuiteTestResult> results) {
        if (results.isEmpty()) {
            return "no test matched";
        }
        long failed = results.stream().filter(r -> r.status() == Status.FAILED).count();
        long mustFailed = results.stream().filter(r -> r.status() == Status.FAILED && r.breaksMust()).count();
        return String.format("%d passed, %d failed%s, %d errored, %d skipped",
                results.stream().filter(r -> r.status() == Status.PASSED).count(), failed,
                failed > 0 ? " (" + mustFailed + " MUST)" : "",
                results.stream().filter(r -> r.status() == Status.ERRORED).count(),
                results.stream().filter(r -> r.status() == Status.SKIPPED).count());
    }

    /** Names the files the reports module wrote, if it did ({@code index.html, run.json, ...}). */
    private static String layout(Path reports) {
        List<String> present = List.of("index.html", "run.json", "allure-results", "junit").stream()
                .filter(name -> Files.exists(reports.resolve(name))).toList();
        return present.isEmpty() ? "" : " (" + String.join(", ", present) + ")";
    }
}
