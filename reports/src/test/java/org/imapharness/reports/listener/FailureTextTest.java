package org.imapharness.reports.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.imapharness.reports.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class FailureTextTest {

    @Test
    void splitsTheReportFromTheTranscript() {
        FailureText t = FailureText.split("FAILED a.imap (x)\n  a.imap:3: boom\n  expected: OK\n"
                + "  transcript of connection 1:\n    C: A1 NOOP\n    S: A1 NO\n");
        assertEquals("FAILED a.imap (x)\n  a.imap:3: boom\n  expected: OK", t.report());
        assertEquals("transcript of connection 1:\n  C: A1 NOOP\n  S: A1 NO\n", t.transcript());
        assertEquals("a.imap:3: boom", FailureText.firstLine(t.report()));
        assertEquals(new FailureText("plain message", ""), FailureText.split("plain message\n"));
    }

    @Test
    void assertionsFailWhileHarnessProblemsAreErrored() {
        assertEquals(Outcome.FAILED, FailureText.outcome(TestExecutionResult.failed(new AssertionFailedError("x"))));
        assertEquals(Outcome.ERRORED, FailureText.outcome(TestExecutionResult.failed(new AssertionError("ERRORED a.imap"))));
        assertEquals(Outcome.ERRORED, FailureText.outcome(TestExecutionResult.failed(new IllegalStateException("bug"))));
        assertEquals(Outcome.SKIPPED, FailureText.outcome(TestExecutionResult.aborted(new TestAbortedException("no"))));
        assertEquals(Outcome.PASSED, FailureText.outcome(TestExecutionResult.successful()));
        assertEquals("no IDLE", FailureText.describe(new TestAbortedException("no IDLE")));
    }
}
