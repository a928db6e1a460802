package org.imapharness.reports.baseline;

import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Outcome;

/**
 * One check compared with the baseline.
 *
 * @param id      the check's unique id
 * @param name    its display name (from the current run, else the baseline)
 * @param before  its outcome in the baseline, or {@code null} if it is new
 * @param after   its outcome now, or {@code null} if it was removed
 * @param change  the classification
 */
public record CheckChange(String id, String name, Outcome before, Outcome after, Change change) {

    static CheckChange of(Check previous, Check current) {
        Outcome before = previous == null ? null : previous.outcome();
        Outcome after = current == null ? null : current.outcome();
        String name = current != null ? current.name() : previous.name();
        String id = current != null ? current.id() : previous.id();
        return new CheckChange(id, name, before, after, classify(before, after));
    }

    /**
     * ERRORED counts as failing: a check that could not run any more is a regression to look at.
     * A check that was failing and is now skipped is not "fixed": nothing was shown to pass.
     */
    static Change classify(Outcome before, Outcome after) {
        if (after == null) {
            return Change.REMOVED;
        }
        boolean failsNow = after.isProblem();
        if (before == null) {
            return failsNow ? Change.NEW_FAIL : Change.NEW;
        }
        boolean failedBefore = before.isProblem();
        if (failsNow && !failedBefore) {
            return Change.NEW_FAIL;
        }
        if (failedBefore && after == Outcome.PASSED) {
            return Change.FIXED;
        }
        return Change.UNCHANGED;
    }
}
