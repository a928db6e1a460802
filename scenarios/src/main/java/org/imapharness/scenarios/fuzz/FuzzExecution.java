package org.imapharness.scenarios.fuzz;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imapharness.core.engine.CouldNotRunError;
import org.imapharness.core.fuzz.FuzzFailure;
import org.imapharness.core.fuzz.FuzzReport;
import org.imapharness.core.fuzz.NetworkFuzzer;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.Targets;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the fuzzer and reports it: the seed, commands, commands per second and rules covered as
 * report entries ({@code imap.seed}, {@code imap.measure.*}), each failure's replay file as
 * {@code imap.replay}; any failure fails the test with the shrunk commands. A target that cannot
 * be opened, or a run whose setup fails, fails it too, saying why.
 */
final class FuzzExecution {
    private final ConfigurationParameters parameters;
    private final EngineExecutionListener listener;

    FuzzExecution(ConfigurationParameters parameters, EngineExecutionListener listener) {
        this.parameters = parameters;
        this.listener = listener;
    }

    void run(TestDescriptor engine) {
        listener.executionStarted(engine);
        for (TestDescriptor child : engine.getChildren()) {
            listener.executionStarted(child);
            listener.executionFinished(child, fuzz(child));
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    private TestExecutionResult fuzz(TestDescriptor test) {
        FuzzSettings settings;
        try {
            settings = FuzzSettings.from(parameters);
        } catch (IllegalArgumentException e) {
            return couldNotRun(e.getMessage());
        }
        listener.reportingEntryPublished(test, ReportEntry.from("imap.seed", String.valueOf(settings.options().seed())));
        FuzzReport report;
        try (Target target = Targets.open(settings.target())) {
            report = new NetworkFuzzer(target, settings.options(), line -> { }).run();
        } catch (IOException | RuntimeException e) {
            return couldNotRun("cannot fuzz " + settings.target().uri() + ": " + e.getMessage());
        }
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("imap.measure.commands", String.valueOf(report.commands()));
        entries.put("imap.measure.commands-per-s", String.format(java.util.Locale.ROOT, "%.1f",
                report.commandsPerSecond()));
        entries.put("imap.measure.rules-covered", String.valueOf(report.rules().covered()));
        entries.put("imap.measure.rules-known", String.valueOf(org.imapharness.core.fuzz.RuleCoverage.KNOWN.size()));
        entries.put("imap.measure.near-valid", String.valueOf(report.nearValid()));
        entries.put("imap.measure.equivalence-checks", String.valueOf(report.equivalenceChecks()));
        entries.put("imap.measure.failures", String.valueOf(report.failures().size()));
        listener.reportingEntryPublished(test, ReportEntry.from(entries));
        for (FuzzFailure f : report.failures()) {
            if (f.replayFile() != null) {
                listener.reportingEntryPublished(test, ReportEntry.from("imap.replay", f.replayFile().toString()));
            }
        }
        return report.passed() ? TestExecutionResult.successful() : failed(report.summary());
    }

    /** ERRORED: nothing is known about the server (launchers then exit with 2). */
    private static TestExecutionResult couldNotRun(String problem) {
        CouldNotRunError e = new CouldNotRunError(problem, "ERRORED network fuzz: " + problem);
        e.setStackTrace(new StackTraceElement[0]);
        return TestExecutionResult.failed(e);
    }

    private static TestExecutionResult failed(String message) {
        AssertionFailedError e = new AssertionFailedError(message);
        e.setStackTrace(new StackTraceElement[0]);
        return TestExecutionResult.failed(e);
    }
}
