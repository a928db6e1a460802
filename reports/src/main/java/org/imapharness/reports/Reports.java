package org.imapharness.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.imapharness.reports.allure.AllureExport;
import org.imapharness.reports.baseline.BaselineComparison;
import org.imapharness.reports.compare.TargetComparison;
import org.imapharness.reports.html.ComparisonPage;
import org.imapharness.reports.html.RunPage;
import org.imapharness.reports.json.RunJson;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Run;

/**
 * Writes a run in every format into one directory: {@code run.json}, {@code index.html},
 * {@code allure-results/}, and with a baseline {@code baseline.json} (each check's change).
 * JUnit XML is written by JUnit's own legacy XML listener, which the CLI registers.
 */
public final class Reports {
    public static final String RUN_JSON = "run.json";
    public static final String INDEX_HTML = "index.html";
    public static final String BASELINE_JSON = "baseline.json";
    public static final String COMPARE_HTML = "compare.html";
    public static final String ALLURE_RESULTS = "allure-results";

    private Reports() {
    }

    /** Writes every report of the run; returns the comparison with the baseline, if one was given. */
    public static Optional<BaselineComparison> write(Run run, Optional<Run> baseline, Path dir) throws IOException {
        Files.createDirectories(dir);
        Optional<BaselineComparison> comparison = baseline.map(b -> BaselineComparison.compare(b, run));
        RunJson.write(run, dir.resolve(RUN_JSON));
        if (comparison.isPresent()) {
            Files.writeString(dir.resolve(BASELINE_JSON), RunJson.toJson(comparison.get()), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve(INDEX_HTML), RunPage.render(run, comparison), StandardCharsets.UTF_8);
        AllureExport.write(run, dir.resolve(ALLURE_RESULTS), dir);
        return comparison;
    }

    /**
     * Writes the reports of a run saved earlier ({@code run.json} in {@code savedDir}) into
     * {@code dir}, bringing its replay files along when {@code dir} is another directory.
     */
    public static Optional<BaselineComparison> rewrite(Run run, Path savedDir, Optional<Run> baseline, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        if (!Files.isSameFile(savedDir, dir)) {
            for (Check check : run.checks()) {
                Path from = savedDir.resolve(check.replay());
                if (!check.replay().isEmpty() && Files.isRegularFile(from)) {
                    Path to = dir.resolve(check.replay());
                    Files.createDirectories(to.getParent());
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return write(run, baseline, dir);
    }

    /** Writes {@code compare.html}: several runs' checks side by side. */
    public static TargetComparison compare(List<Run> runs, Path dir) throws IOException {
        Files.createDirectories(dir);
        TargetComparison comparison = TargetComparison.of(runs);
        Files.writeString(dir.resolve(COMPARE_HTML), ComparisonPage.render(comparison), StandardCharsets.UTF_8);
        return comparison;
    }
}
