package org.imapharness.scenarios.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imapharness.core.engine.CouldNotRunError;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One run of the suite: opens the target once, runs the checks one after another (they time
 * the server, so never in parallel), and reports each verdict: Pass as success, Fail as an
 * assertion failure with the evidence, Skip as aborted with the reason (harsh checks without
 * {@code imap.security.harsh=true}, or a check the target's ports do not allow).
 */
final class SecurityExecution {
    private final ConfigurationParameters parameters;
    private final EngineExecutionListener listener;

    SecurityExecution(ConfigurationParameters parameters, EngineExecutionListener listener) {
        this.parameters = parameters;
        this.listener = listener;
    }

    void run(TestDescriptor engine) {
        listener.executionStarted(engine);
        SecurityProbe probe = null;
        String problem = null;
        if (!engine.getChildren().isEmpty()) {
            try {
                probe = SecurityTargets.open(parameters, SecuritySettings.from(parameters));
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
        }
        try {
            for (TestDescriptor child : engine.getChildren()) {
                if (child instanceof CheckDescriptor check) {
                    listener.executionStarted(check);
                    listener.executionFinished(check, probe == null
                            ? TestExecutionResult.failed(new CouldNotRunError("cannot open the target: " + problem,
                                    check.check().info().id() + ": cannot open the target: " + problem))
                            : execute(check, probe));
                }
            }
        } finally {
            if (probe != null) {
                probe.close();
            }
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    private TestExecutionResult execute(CheckDescriptor descriptor, SecurityProbe probe) {
        SecurityCheck check = descriptor.check();
        if (check.info().harsh() && !probe.settings().harsh()) {
            return TestExecutionResult.aborted(quiet(new TestAbortedException("harsh check: it loads the server, so it "
                    + "runs only with " + SecuritySettings.HARSH + "=true (--harsh)")));
        }
        Verdict verdict;
        try {
            verdict = check.run(probe);
        } catch (IOException e) {
            // Not a verdict on the server: launchers count it as "could not run" (exit code 2 if all are).
            return TestExecutionResult.failed(new CouldNotRunError("the check could not run: " + e.getMessage(),
                    "ERRORED " + check.info().id() + ": the check could not run: " + e.getMessage()));
        } catch (RuntimeException e) {
            return TestExecutionResult.failed(e); // a harness bug: keep the stack trace
        }
        publish(descriptor, check.info(), verdict);
        String text = check.info().id() + " (" + check.info().cites() + ", " + check.info().level() + "): "
                + verdict.text();
        if (verdict instanceof Verdict.Pass) {
            return TestExecutionResult.successful();
        }
        return verdict instanceof Verdict.Fail
                ? TestExecutionResult.failed(quiet(new AssertionFailedError(text)))
                : TestExecutionResult.aborted(quiet(new TestAbortedException(text)));
    }

    private void publish(CheckDescriptor descriptor, CheckInfo info, Verdict verdict) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("imap.security.evidence", verdict.text());
        entries.put("imap.security.cites", info.cites());
        verdict.measurements().forEach((k, v) -> entries.put("imap.measure." + k, v));
        listener.reportingEntryPublished(descriptor, ReportEntry.from(entries));
    }

    private static <T extends Throwable> T quiet(T t) {
        t.setStackTrace(new StackTraceElement[0]);
        return t;
    }
}
