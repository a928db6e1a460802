package org.imapharness.scenarios.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * the server, so never two of them at once), and reports each verdict: Pass as success, Fail as
 * an assertion failure with the evidence, Skip as aborted with the reason (harsh checks without
 * {@code imap.security.harsh=true}, or a check the target's ports do not allow).
 *
 * <p>The exception are checks that only wait for the server's own timers ({@link CheckInfo#waits}:
 * autologout, idle close, slowloris), a minute or more each on one quiet connection. They start
 * first, each on its own thread, and are reported when the others are done, so a run takes as
 * long as its longest wait rather than their sum. Every listener call stays on the engine's
 * thread.
 */
final class SecurityExecution {
    private final ConfigurationParameters parameters;
    private final EngineExecutionListener listener;

    /** A check's result and the report entries that go with it, published by the engine thread. */
    private record Outcome(TestExecutionResult result, Map<String, String> entries) {
        static Outcome of(TestExecutionResult result) {
            return new Outcome(result, Map.of());
        }
    }

    SecurityExecution(ConfigurationParameters parameters, EngineExecutionListener listener) {
        this.parameters = parameters;
        this.listener = listener;
    }

    void run(TestDescriptor engine) {
        listener.executionStarted(engine);
        List<CheckDescriptor> checks = engine.getChildren().stream()
                .filter(CheckDescriptor.class::isInstance).map(CheckDescriptor.class::cast).toList();
        SecurityProbe probe = null;
        String problem = null;
        if (!checks.isEmpty()) {
            try {
                probe = SecurityTargets.open(parameters, SecuritySettings.from(parameters));
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
        }
        ExecutorService timers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "imap-security-timer");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<CheckDescriptor, Future<Outcome>> waiting = new LinkedHashMap<>();
            if (probe != null) {
                SecurityProbe p = probe;
                for (CheckDescriptor check : checks) {
                    if (check.check().info().waits()) {
                        listener.executionStarted(check);
                        waiting.put(check, timers.submit(() -> execute(check, p)));
                    }
                }
            }
            for (CheckDescriptor check : checks) {
                if (!waiting.containsKey(check)) {
                    listener.executionStarted(check);
                    finish(check, probe == null ? Outcome.of(TestExecutionResult.failed(new CouldNotRunError(
                            "cannot open the target: " + problem,
                            check.check().info().id() + ": cannot open the target: " + problem)))
                            : execute(check, probe));
                }
            }
            waiting.forEach((check, outcome) -> finish(check, await(outcome)));
        } finally {
            timers.shutdownNow();
            if (probe != null) {
                probe.close();
            }
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    private void finish(CheckDescriptor check, Outcome outcome) {
        if (!outcome.entries().isEmpty()) {
            listener.reportingEntryPublished(check, ReportEntry.from(outcome.entries()));
        }
        listener.executionFinished(check, outcome.result());
    }

    /** Each waiting check bounds its own waits (imap.timeout, the close bound); this only collects. */
    private static Outcome await(Future<Outcome> outcome) {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            return Outcome.of(TestExecutionResult.failed(e.getCause())); // a harness bug: keep the stack trace
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.of(TestExecutionResult.aborted(new TestAbortedException("the run was interrupted")));
        }
    }

    private static Outcome execute(CheckDescriptor descriptor, SecurityProbe probe) {
        SecurityCheck check = descriptor.check();
        if (check.info().harsh() && !probe.settings().harsh()) {
            return Outcome.of(TestExecutionResult.aborted(quiet(new TestAbortedException("harsh check: it loads the "
                    + "server, so it runs only with " + SecuritySettings.HARSH + "=true (--harsh)"))));
        }
        Verdict verdict;
        try {
            verdict = check.run(probe);
        } catch (IOException e) {
            // Not a verdict on the server: launchers count it as "could not run" (exit code 2 if all are).
            return Outcome.of(TestExecutionResult.failed(new CouldNotRunError("the check could not run: "
                    + e.getMessage(), "ERRORED " + check.info().id() + ": the check could not run: " + e.getMessage())));
        } catch (RuntimeException e) {
            return Outcome.of(TestExecutionResult.failed(e)); // a harness bug: keep the stack trace
        }
        String text = check.info().id() + " (" + check.info().cites() + ", " + check.info().level() + "): "
                + verdict.text();
        TestExecutionResult result;
        if (verdict instanceof Verdict.Pass) {
            result = TestExecutionResult.successful();
        } else if (verdict instanceof Verdict.Fail) {
            result = TestExecutionResult.failed(quiet(new AssertionFailedError(text)));
        } else {
            result = TestExecutionResult.aborted(quiet(new TestAbortedException(text)));
        }
        return new Outcome(result, entries(check.info(), verdict));
    }

    private static Map<String, String> entries(CheckInfo info, Verdict verdict) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("imap.security.evidence", verdict.text());
        entries.put("imap.security.cites", info.cites());
        verdict.measurements().forEach((k, v) -> entries.put("imap.measure." + k, v));
        return entries;
    }

    private static <T extends Throwable> T quiet(T t) {
        t.setStackTrace(new StackTraceElement[0]);
        return t;
    }
}
