package org.imapharness.reports.listener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.imapharness.reports.ReportKeys;
import org.imapharness.reports.Reports;
import org.imapharness.reports.json.ReportFileException;
import org.imapharness.reports.json.RunJson;
import org.imapharness.reports.model.Run;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns any JUnit Platform run into every report format (DESIGN.md §3): registered through
 * {@code META-INF/services}, so the CLI's launcher and Maven's Surefire/Failsafe both load it.
 * It does nothing unless {@code imap.reports.dir} is set (configuration parameter or system
 * property); then, when the plan finishes, it writes {@code run.json}, {@code index.html} and
 * {@code allure-results/} there, and compares with {@code imap.reports.baseline} if given.
 *
 * <p>A problem writing reports is printed and never fails or stops the tests themselves.
 */
public final class ReportingListener implements TestExecutionListener {
    private RunRecorder recorder;
    private Path directory;
    private Optional<Path> baseline = Optional.empty();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        ConfigurationParameters parameters = plan.getConfigurationParameters();
        Optional<String> dir = setting(parameters, ReportKeys.REPORTS_DIR);
        if (dir.isEmpty()) {
            recorder = null;
            return;
        }
        directory = Path.of(dir.get());
        baseline = setting(parameters, ReportKeys.BASELINE).map(Path::of);
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(ReportingListener.class.getClassLoader());
        recorder = new RunRecorder(plan, new ReplayFiles(directory, loader),
                setting(parameters, "imap.target").orElse("embedded"),
                setting(parameters, "imap.insecure").map(Boolean::parseBoolean).orElse(false));
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (recorder != null) {
            recorder.started(id);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (recorder != null) {
            recorder.skipped(id, reason);
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (recorder != null) {
            recorder.finished(id, result);
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        if (recorder != null) {
            recorder.entry(id, entry);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (recorder == null) {
            return;
        }
        Run run = recorder.toRun();
        recorder = null;
        try {
            Optional<Run> previous = baseline.map(RunJson::read);
            Reports.write(run, previous, directory);
        } catch (IOException | UncheckedIOException | ReportFileException e) {
            System.err.println("imap-harness: could not write the reports into " + directory + ": " + e.getMessage());
        }
    }

    /** A configuration parameter, else the system property of that name (for {@code mvn -D...}). */
    private static Optional<String> setting(ConfigurationParameters parameters, String key) {
        return parameters.get(key).or(() -> Optional.ofNullable(System.getProperty(key))).filter(v -> !v.isBlank());
    }
}
