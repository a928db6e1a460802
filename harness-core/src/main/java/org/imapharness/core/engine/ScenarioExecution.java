package org.imapharness.core.engine;

import java.util.Map;
import java.util.TreeMap;
import org.imapharness.core.config.QuirkSelection;
import org.imapharness.core.scenario.Outcome;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.ScenarioResult;
import org.imapharness.core.scenario.run.ScenarioRunner;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.TargetException;
import org.imapharness.core.target.Targets;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One execution of the engine: opens the target once (only if some scenario parsed), runs the
 * scenarios one after another and reports each outcome.
 *
 * <p>A SKIPPED result is reported as <em>aborted</em> with the reason: the skip is only known
 * once the run has asked the server for its capabilities, after the test started, which is what
 * JUnit calls an aborted test (build tools and IDEs show it as skipped). Every scenario is
 * skipped the same way when the target cannot run in this environment (no Docker engine for a
 * {@code container:} target). A scenario the harness could not run (ERRORED) fails with a
 * {@link CouldNotRunError}, so launchers can tell an unusable target from a broken rule.
 *
 * <p>After the last scenario, the engine publishes on its own descriptor which capabilities the
 * target advertised and which no scenario exercised ({@link CapabilityCoverage}).
 */
final class ScenarioExecution {
    /** The key prefix the reports module reads quirk counts from (its {@code ReportKeys.QUIRK_PREFIX}). */
    static final String QUIRK_PREFIX = "imap.quirk.";
    private final ConfigurationParameters parameters;
    private final EngineExecutionListener listener;
    private EngineSettings settings;
    private Target target;
    private String targetProblem;
    private boolean targetUnavailable;
    private final CapabilityCoverage coverage = new CapabilityCoverage();

    ScenarioExecution(ConfigurationParameters parameters, EngineExecutionListener listener) {
        this.parameters = parameters;
        this.listener = listener;
    }

    void run(TestDescriptor engine) {
        listener.executionStarted(engine);
        try {
            for (TestDescriptor child : engine.getChildren()) {
                if (child instanceof ScenarioDescriptor scenario) {
                    listener.executionStarted(scenario);
                    listener.executionFinished(scenario, execute(scenario));
                }
            }
            if (coverage.anyRan()) {
                publishCapabilities(engine);
            }
        } finally {
            if (target != null) {
                target.close();
            }
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    private TestExecutionResult execute(ScenarioDescriptor descriptor) {
        if (descriptor.problem() != null) {
            return TestExecutionResult.failed(new ScenarioFileError(descriptor.problem()));
        }
        Scenario scenario = descriptor.scenario().orElseThrow();
        Target opened = target();
        if (opened == null) {
            if (targetUnavailable) {
                // Not a verdict on anything: skipped (JUnit's aborted), with the reason.
                return TestExecutionResult.aborted(new CouldNotRunError(targetProblem,
                        "SKIPPED " + scenario.file() + ": " + targetProblem));
            }
            String problem = "cannot open the target: " + targetProblem;
            return TestExecutionResult.failed(new CouldNotRunError(problem, "ERRORED " + scenario.file() + ": " + problem));
        }
        ScenarioResult result;
        try {
            result = new ScenarioRunner(opened, settings.run()).run(scenario);
        } catch (RuntimeException e) {
            // The runner reports what it foresees as ERRORED; anything else is a harness bug, kept
            // with its stack trace and confined to this one scenario.
            return TestExecutionResult.failed(e);
        }
        if (result.kind() == Outcome.Kind.PASSED || result.kind() == Outcome.Kind.FAILED) {
            coverage.ran(scenario);
        }
        publishQuirks(descriptor, result);
        return switch (result.kind()) {
            case PASSED -> TestExecutionResult.successful();
            case SKIPPED -> TestExecutionResult.aborted(
                    quiet(new TestAbortedException(((Outcome.Skipped) result.outcome()).reason())));
            case FAILED -> TestExecutionResult.failed(quiet(new AssertionFailedError(result.describe())));
            case ERRORED -> TestExecutionResult.failed(
                    new CouldNotRunError(((Outcome.Errored) result.outcome()).message(), result.describe()));
        };
    }

    /**
     * Tolerated deviations, as {@code imap.quirk.<name>=<count>} entries: the reports add them
     * up over the run, so a tolerant run still says how often the grammar was broken.
     */
    private void publishQuirks(ScenarioDescriptor descriptor, ScenarioResult result) {
        if (!result.quirks().isEmpty()) {
            Map<String, String> entries = new TreeMap<>();
            result.quirks().forEach((q, n) -> entries.put(QUIRK_PREFIX + QuirkSelection.name(q), Long.toString(n)));
            listener.reportingEntryPublished(descriptor, ReportEntry.from(entries));
        }
    }

    /** Which capabilities the target advertised and which no scenario exercised, on the engine's report. */
    private void publishCapabilities(TestDescriptor engine) {
        CapabilityProbe.Advertised advertised = CapabilityProbe.probe(target, settings.run().responseTimeout());
        listener.reportingEntryPublished(engine,
                ReportEntry.from(coverage.entries(advertised, target.requiresStartTls())));
    }

    /** The target, opened on first use; {@code null} (with the reason kept) if it cannot be opened. */
    private Target target() {
        if (target == null && targetProblem == null) {
            try {
                settings = EngineSettings.from(parameters);
                target = Targets.open(settings.target());
            } catch (TargetException e) {
                targetProblem = e.getMessage();
                targetUnavailable = e.isUnavailable();
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                targetProblem = e.getMessage();
            }
        }
        return target;
    }

    /** The report says everything; a stack trace into the engine would only hide it. */
    private static <T extends Throwable> T quiet(T t) {
        t.setStackTrace(new StackTraceElement[0]);
        return t;
    }

    /** A scenario file that does not follow the language; the message is {@code file:line:col: ...}. */
    static final class ScenarioFileError extends AssertionError {
        private static final long serialVersionUID = 1L;

        ScenarioFileError(String message) {
            super(message);
            setStackTrace(new StackTraceElement[0]);
        }
    }
}
