package org.imapharness.core.engine;

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
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One execution of the engine: opens the target once (only if some scenario parsed), runs the
 * scenarios one after another and reports each outcome.
 *
 * <p>A SKIPPED result is reported as <em>aborted</em> with the reason: the skip is only known
 * once the run has asked the server for its capabilities, after the test started, which is what
 * JUnit calls an aborted test (build tools and IDEs show it as skipped).
 */
final class ScenarioExecution {
    private final ConfigurationParameters parameters;
    private final EngineExecutionListener listener;
    private EngineSettings settings;
    private Target target;
    private String targetProblem;

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
            return TestExecutionResult.failed(new ScenarioErroredError("ERRORED " + scenario.file()
                    + ": cannot open the target: " + targetProblem));
        }
        ScenarioResult result;
        try {
            result = new ScenarioRunner(opened, settings.run()).run(scenario);
        } catch (RuntimeException e) {
            // The runner reports what it foresees as ERRORED; anything else is a harness bug, kept
            // with its stack trace and confined to this one scenario.
            return TestExecutionResult.failed(e);
        }
        return switch (result.kind()) {
            case PASSED -> TestExecutionResult.successful();
            case SKIPPED -> TestExecutionResult.aborted(
                    quiet(new TestAbortedException(((Outcome.Skipped) result.outcome()).reason())));
            case FAILED -> TestExecutionResult.failed(quiet(new AssertionFailedError(result.describe())));
            case ERRORED -> TestExecutionResult.failed(new ScenarioErroredError(result.describe()));
        };
    }

    /** The target, opened on first use; {@code null} (with the reason kept) if it cannot be opened. */
    private Target target() {
        if (target == null && targetProblem == null) {
            try {
                settings = EngineSettings.from(parameters);
                target = Targets.open(settings.target());
            } catch (TargetException | IllegalArgumentException | java.io.UncheckedIOException e) {
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

    /** The harness could not run a scenario (no connection, login refused, fixture refused). */
    static final class ScenarioErroredError extends AssertionError {
        private static final long serialVersionUID = 1L;

        ScenarioErroredError(String message) {
            super(message);
            setStackTrace(new StackTraceElement[0]);
        }
    }
}
