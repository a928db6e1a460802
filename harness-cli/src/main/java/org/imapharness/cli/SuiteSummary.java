package org.imapharness.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imapharness.cli.SuiteTestResult.Status;

/**
 * The one-screen summary of a suite run: totals, passed/failed/skipped per RFC section (packed
 * four to a line), what the engines said about the whole run (e.g. capabilities nobody tested),
 * then the first failures with the first lines of their reports. The full reports are in the
 * JUnit XML and the reports module's output.
 */
final class SuiteSummary {
    private static final int FAILURES_SHOWN = 10;
    private static final int LINES_PER_FAILURE = 6;
    private static final int CELLS_PER_LINE = 4;
    private static final String NO_RFC = "none";

    private SuiteSummary() {
    }

    static void print(String title, SuiteLauncher.Outcome outcome, PrintWriter out) {
        out.printf("%n%s: %d passed, %d failed, %d errored, %d skipped of %d%n", title,
                outcome.count(Status.PASSED), outcome.count(Status.FAILED), outcome.count(Status.ERRORED),
                outcome.count(Status.SKIPPED), outcome.results().size());
        if (outcome.exitCode() == SuiteLauncher.UNUSABLE) {
            out.println("nothing was checked: " + outcome.problem().replace("\n", "\n  "));
            return;
        }
        sections(outcome.results(), out);
        outcome.runEntries().forEach((key, value) -> out.println(label(key) + ": " + value));
        failures(outcome.results(), out);
        out.println("JUnit XML: " + outcome.junitXml());
    }

    /** Per RFC, its sections as {@code 6.4.5 9/1/0!}: passed/failed/skipped, "!" where one failed. */
    private static void sections(List<SuiteTestResult> results, PrintWriter out) {
        Map<String, Map<String, int[]>> byRfc = new TreeMap<>(Comparator.comparing((String rfc) -> rfc.equals(NO_RFC))
                .thenComparing(SuiteSummary::numeric));
        for (SuiteTestResult r : results) {
            List<String> sections = r.rfcSections().isEmpty() ? List.of(NO_RFC + "-" + NO_RFC) : List.copyOf(r.rfcSections());
            for (String tag : sections) {
                int dash = tag.indexOf('-');
                int[] cell = byRfc.computeIfAbsent(tag.substring(0, dash), k -> new TreeMap<>(
                        Comparator.comparing(SuiteSummary::numeric))).computeIfAbsent(tag.substring(dash + 1), k -> new int[3]);
                cell[switch (r.status()) {
                    case PASSED -> 0;
                    case FAILED, ERRORED -> 1;
                    case SKIPPED -> 2;
                }]++;
            }
        }
        out.println("per section: passed/failed/skipped, ! marks a failure");
        byRfc.forEach((rfc, sections) -> {
            out.println(rfc.equals(NO_RFC) ? "  no RFC reference" : "  RFC " + rfc.substring(3));
            StringBuilder line = new StringBuilder("   ");
            int n = 0;
            for (Map.Entry<String, int[]> e : sections.entrySet()) {
                int[] c = e.getValue();
                String cell = (e.getKey().equals(NO_RFC) ? "-" : e.getKey()) + " " + c[0] + "/" + c[1] + "/" + c[2]
                        + (c[1] > 0 ? "!" : "");
                line.append(String.format(" %-18s", cell));
                if (++n % CELLS_PER_LINE == 0) {
                    out.println(line.toString().stripTrailing());
                    line = new StringBuilder("   ");
                }
            }
            if (n % CELLS_PER_LINE != 0) {
                out.println(line.toString().stripTrailing());
            }
        });
    }

    private static void failures(List<SuiteTestResult> results, PrintWriter out) {
        List<SuiteTestResult> bad = results.stream()
                .filter(r -> r.status() == Status.FAILED || r.status() == Status.ERRORED).toList();
        for (SuiteTestResult r : bad.subList(0, Math.min(FAILURES_SHOWN, bad.size()))) {
            out.println();
            out.println(r.status() + " " + r.name() + " " + levels(r));
            r.message().lines().limit(LINES_PER_FAILURE).forEach(l -> out.println("  " + l));
        }
        if (bad.size() > FAILURES_SHOWN) {
            out.println("... and " + (bad.size() - FAILURES_SHOWN) + " more; every report is in the JUnit XML");
        }
        if (!bad.isEmpty()) {
            out.println();
        }
    }

    private static String levels(SuiteTestResult r) {
        List<String> levels = r.tags().stream().filter(t -> t.equals("MUST") || t.equals("SHOULD") || t.equals("MAY"))
                .toList();
        return levels.isEmpty() ? "" : levels.toString();
    }

    /** {@code imap.capabilities.untested} -> {@code capabilities untested}. */
    private static String label(String key) {
        return key.substring("imap.".length()).replace('.', ' ').replace('-', ' ');
    }

    /** Orders {@code rfc3501} and {@code 6.4.10} by their numbers, so 6.4.10 follows 6.4.9. */
    private static String numeric(String text) {
        StringBuilder key = new StringBuilder();
        for (String part : text.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)")) {
            key.append(part.chars().allMatch(Character::isDigit) ? String.format("%08d", Long.parseLong(part)) : part);
        }
        return key.toString();
    }
}
