package org.imapharness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.imapharness.reports.Reports;
import org.imapharness.reports.baseline.BaselineComparison;
import org.imapharness.reports.compare.TargetComparison;
import org.imapharness.reports.json.ReportFileException;
import org.imapharness.reports.json.RunJson;
import org.imapharness.reports.model.Run;
import org.imapharness.reports.model.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report}: renders a saved {@code run.json} again (optionally gated by a baseline), or
 * compares several saved runs side by side. Every other subcommand already writes its reports;
 * this one works on their files, without a target.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Re-renders a saved run (index.html, allure-results, run.json) or compares saved runs.",
            "With --baseline, exit code 1 means a check that passed in the baseline fails now (a regression); "
                    + "failures already in the baseline do not fail the command."},
        footer = {"%nExamples:",
            "  imap-harness report imap-harness-report/run.json --out html",
            "  imap-harness report run.json --baseline last-release/run.json",
            "  imap-harness report --compare reference/run.json dovecot/run.json greenmail/run.json --out compare",
            "%nExit codes: 0 every MUST met (or no regression with --baseline; always with --compare),",
            "  1 a MUST check failed (with --baseline: a regression), 2 a file could not be read or bad usage."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_JSON", arity = "1..*", description = "Saved run.json file(s).")
    List<Path> runs = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "RUN_JSON",
            description = "A previous run.json: mark each check new-fail / fixed / unchanged / new / removed, "
                    + "fail only on regressions.")
    Path baseline;

    @Option(names = "--compare", description = "Compare the runs (two or more, e.g. one per server) in compare.html.")
    boolean compare;

    @Mixin
    OutArgs out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            return compare ? compare(stdout) : render(stdout);
        } catch (ReportFileException e) {
            throw new UsageProblem(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new UsageProblem("cannot write the reports into " + out.out + ": " + e.getMessage());
        }
    }

    private int render(PrintWriter stdout) throws IOException {
        if (runs.size() != 1) {
            throw new UsageProblem("give one run.json to render (or --compare to compare " + runs.size() + " runs)");
        }
        Path file = runs.get(0);
        Run run = RunJson.read(file);
        Optional<Run> previous = Optional.ofNullable(baseline).map(RunJson::read);
        Path dir = out.directory();
        Path savedDir = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("."));
        Optional<BaselineComparison> comparison = Reports.rewrite(run, savedDir, previous, dir);
        Summary s = run.summary();
        stdout.printf("%d checks: %d passed, %d failed, %d errored, %d skipped; %d MUST checks did not pass%n",
                s.total(), s.passed(), s.failed(), s.errored(), s.skipped(), s.mustProblems());
        comparison.ifPresent(c -> c.regressions().forEach(r -> stdout.println("  regression: " + r.name()
                + " (" + r.before() + " -> " + r.after() + ")")));
        comparison.ifPresent(c -> stdout.println(c.hasRegressions()
                ? c.regressions().size() + " regressions against the baseline" : "no regression against the baseline"));
        stdout.println("report: " + dir.resolve(Reports.INDEX_HTML));
        stdout.flush();
        return comparison.map(BaselineComparison::exitCode).orElse(s.exitCode());
    }

    private int compare(PrintWriter stdout) throws IOException {
        if (runs.size() < 2) {
            throw new UsageProblem("--compare needs two or more run.json files, found " + runs.size());
        }
        if (baseline != null) {
            throw new UsageProblem("--baseline gates one run; it cannot be combined with --compare");
        }
        List<Run> loaded = runs.stream().map(RunJson::read).toList();
        Path dir = out.directory();
        TargetComparison comparison = Reports.compare(loaded, dir);
        stdout.printf("%d checks over %d runs; the targets disagree on %d%n", comparison.rows().size(),
                loaded.size(), comparison.disagreements());
        stdout.println("report: " + dir.resolve(Reports.COMPARE_HTML));
        stdout.flush();
        return 0;
    }
}
