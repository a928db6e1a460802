package org.imapharness.cli;

import java.util.Set;
import java.util.TreeSet;
import org.imapharness.core.engine.CouldNotRunError;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestIdentifier;

/**
 * One finished test of a suite run, reduced to what a summary and an exit code need.
 *
 * @param name    the display name ({@code 6.4.5-fetch-partial.imap: FETCH BODY[]<0.10> ...})
 * @param tags    the test's tags ({@code rfc3501-6.4.5}, {@code MUST}, {@code cap-IDLE}, ...)
 * @param status  how it ended
 * @param message the failure report or skip reason; empty when it passed
 * @param problem for ERRORED, what stopped it without the test's name (the same text for every
 *                test when the target is unusable); otherwise empty
 */
record SuiteTestResult(String name, Set<String> tags, Status status, String message, String problem) {

    enum Status { PASSED, FAILED, ERRORED, SKIPPED }

    static SuiteTestResult finished(TestIdentifier test, TestExecutionResult result) {
        Throwable thrown = result.getThrowable().orElse(null);
        CouldNotRunError errored = couldNotRun(thrown);
        Status status = switch (result.getStatus()) {
            case SUCCESSFUL -> Status.PASSED;
            case ABORTED -> Status.SKIPPED;
            case FAILED -> errored != null ? Status.ERRORED : Status.FAILED;
        };
        String message = thrown == null ? "" : thrown.getMessage() != null ? thrown.getMessage() : thrown.toString();
        return new SuiteTestResult(test.getDisplayName(), tags(test), status, message,
                errored == null ? "" : errored.problem());
    }

    static SuiteTestResult skipped(TestIdentifier test, String reason) {
        return new SuiteTestResult(test.getDisplayName(), tags(test), Status.SKIPPED, reason, "");
    }

    /**
     * Whether this result breaks the exit code: a failed or errored test at level MUST, or with
     * no level at all (a scenario file that does not parse, a plain Jupiter test). A SHOULD or
     * MAY failure is reported but leaves the exit code at 0.
     */
    boolean breaksMust() {
        if (status != Status.FAILED && status != Status.ERRORED) {
            return false;
        }
        return tags.contains("MUST") || (!tags.contains("SHOULD") && !tags.contains("MAY"));
    }

    /** The {@code rfcNNNN-SECTION} tags, e.g. {@code rfc3501-6.4.5}. */
    Set<String> rfcSections() {
        Set<String> sections = new TreeSet<>();
        for (String tag : tags) {
            if (tag.matches("rfc\\d+-.+")) {
                sections.add(tag);
            }
        }
        return sections;
    }

    private static CouldNotRunError couldNotRun(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CouldNotRunError e) {
                return e;
            }
        }
        return null;
    }

    private static Set<String> tags(TestIdentifier test) {
        Set<String> tags = new TreeSet<>();
        for (TestTag tag : test.getTags()) {
            tags.add(tag.getName());
        }
        return tags;
    }
}
