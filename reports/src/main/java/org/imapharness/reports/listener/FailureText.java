package org.imapharness.reports.listener;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.imapharness.reports.model.Outcome;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.TestAbortedException;

/**
 * Reads a JUnit result as a check's outcome and splits its message into the failure report and
 * the transcript. The scenario engine's messages (harness-core {@code ResultText}) end in
 * {@code transcript of connection X:} blocks; other engines' messages are kept whole.
 *
 * @param report     the message up to the first transcript block
 * @param transcript the transcript blocks, unindented by the two spaces {@code ResultText} adds
 */
record FailureText(String report, String transcript) {
    private static final String TRANSCRIPT_HEAD = "  transcript of connection ";
    /** The engine's marker for a run the harness could not complete (ScenarioExecution). */
    private static final String ERRORED_PREFIX = "ERRORED ";

    static FailureText split(String message) {
        if (message == null) {
            return new FailureText("", "");
        }
        int at = message.startsWith(TRANSCRIPT_HEAD) ? 0 : message.indexOf("\n" + TRANSCRIPT_HEAD);
        if (at < 0) {
            return new FailureText(message.stripTrailing(), "");
        }
        String transcript = message.substring(at == 0 ? 0 : at + 1).lines()
                .map(l -> l.startsWith("  ") ? l.substring(2) : l)
                .reduce(new StringBuilder(), (sb, l) -> sb.append(l).append('\n'), StringBuilder::append).toString();
        return new FailureText(message.substring(0, at).stripTrailing(), transcript);
    }

    /**
     * FAILED for an assertion about the server; ERRORED when the harness could not run the check
     * (the engine's ERRORED results, a malformed scenario file, any other exception).
     */
    static Outcome outcome(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> Outcome.PASSED;
            case ABORTED -> Outcome.SKIPPED;
            case FAILED -> result.getThrowable().map(FailureText::failureKind).orElse(Outcome.ERRORED);
        };
    }

    private static Outcome failureKind(Throwable t) {
        String type = t.getClass().getSimpleName();
        String message = t.getMessage() == null ? "" : t.getMessage();
        boolean harnessProblem = type.equals("CouldNotRunError") || type.equals("ScenarioErroredError")
                || type.equals("ScenarioFileError")
                || message.startsWith(ERRORED_PREFIX);
        return t instanceof AssertionError && !harnessProblem ? Outcome.FAILED : Outcome.ERRORED;
    }

    /**
     * The text a report shows for a throwable: the message of an assertion, and for anything else
     * (a harness bug) the stack trace too, since that is what someone will need to fix it.
     */
    static String describe(Throwable t) {
        if ((t instanceof AssertionError || t instanceof TestAbortedException) && t.getMessage() != null) {
            return t.getMessage();
        }
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /**
     * The line that says what went wrong, for one-line summaries: the first non-blank line, or
     * for the scenario engine's reports (whose first line repeats the file, name and target) the
     * second, {@code file:line: what went wrong}.
     */
    static String firstLine(String text) {
        List<String> lines = text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).limit(2).toList();
        if (lines.isEmpty()) {
            return "";
        }
        boolean headline = lines.get(0).startsWith("FAILED ") || lines.get(0).startsWith(ERRORED_PREFIX);
        return (headline && lines.size() > 1 ? lines.get(1) : lines.get(0)).strip();
    }
}
