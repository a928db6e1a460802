package org.imapharness.reports;

import static org.imapharness.reports.Checks.check;
import static org.imapharness.reports.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imapharness.reports.baseline.BaselineComparison;
import org.imapharness.reports.json.RunJson;
import org.imapharness.reports.model.Outcome;
import org.imapharness.reports.model.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    @TempDir
    Path dir;

    @Test
    void withABaselineEveryFormatSaysWhatRegressed() throws IOException {
        Run before = run("embedded", check("a", Outcome.PASSED), check("b", Outcome.FAILED));
        Run now = run("embedded", check("a", Outcome.FAILED), check("b", Outcome.PASSED));

        Optional<BaselineComparison> comparison = Reports.write(now, Optional.of(before), dir);

        assertEquals(1, comparison.orElseThrow().exitCode());
        assertEquals(now, RunJson.read(dir.resolve("run.json")));
        String baseline = Files.readString(dir.resolve("baseline.json"));
        assertTrue(baseline.contains("\"change\" : \"NEW_FAIL\"") && baseline.contains("\"change\" : \"FIXED\""), baseline);
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("<p class=\"verdict fail\">1 regressions since the baseline run of 2026-11-26T00:00:00Z: "
                + "1 fixed, 0 new, 0 removed, 0 unchanged.</p>"), html);
        try (var files = Files.list(dir.resolve("allure-results"))) {
            assertEquals(2, files.filter(f -> f.toString().endsWith("-result.json")).count());
        }
    }

    @Test
    void comparisonPageMarksDisagreements() throws IOException {
        Reports.compare(List.of(run("embedded", check("a", Outcome.PASSED)), run("imaps://d:993", check("a", Outcome.FAILED))),
                dir);
        String html = Files.readString(dir.resolve("compare.html"));
        assertTrue(html.contains("<tr class=\"disagree\">"), html);
        assertTrue(html.contains("<th>imaps://d:993</th>"), html);
    }
}
