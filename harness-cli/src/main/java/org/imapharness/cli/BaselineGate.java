package org.imapharness.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imapharness.reports.Reports;
import org.imapharness.reports.baseline.BaselineComparison;
import org.imapharness.reports.json.ReportFileException;
import org.imapharness.reports.json.RunJson;
import org.imapharness.reports.model.Run;

/**
 * {@code --baseline}: the CI gate. The run's exit code becomes 1 only for checks that passed in
 * the baseline and fail now, so known failures do not block a build while they are worked on.
 * The baseline is read before the run, so a wrong path costs nothing.
 */
final class BaselineGate {
    private final Path file;
    private final Run baseline;

    private BaselineGate(Path file, Run baseline) {
        this.file = file;
        this.baseline = baseline;
    }

    /** @throws UsageProblem when the file is missing or is not a run.json */
    static BaselineGate load(Path file) {
        try {
            return new BaselineGate(file, RunJson.read(file));
        } catch (ReportFileException e) {
            throw new UsageProblem("--baseline: " + e.getMessage());
        }
    }

    /** Compares the run the reports module saved in {@code reports} with the baseline; prints the regressions. */
    int judge(Path reports, PrintWriter out) {
        Path current = reports.resolve(Reports.RUN_JSON);
        if (!Files.isRegularFile(current)) {
            throw new UsageProblem("--baseline: the run wrote no " + current + " to compare (is the reports module "
                    + "on the class path?)");
        }
        BaselineComparison comparison;
        try {
            comparison = BaselineComparison.compare(baseline, RunJson.read(current));
        } catch (ReportFileException e) {
            throw new UsageProblem("--baseline: " + e.getMessage());
        }
        comparison.regressions().forEach(r -> out.println("  regression: " + r.name() + " (" + r.before() + " -> "
                + r.after() + ")"));
        out.println(comparison.hasRegressions()
                ? comparison.regressions().size() + " regressions against the baseline " + file
                : "no regression against the baseline " + file + " (exit 0 whatever failed before)");
        out.flush();
        return comparison.exitCode();
    }
}
