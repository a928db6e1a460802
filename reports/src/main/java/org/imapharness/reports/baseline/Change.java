package org.imapharness.reports.baseline;

/** How a check moved between a baseline run and the current one. */
public enum Change {
    /** Passed (or was skipped) before, fails now: the only change that fails a gated run. */
    NEW_FAIL,
    /** Failed before, passes now. */
    FIXED,
    /** Same outcome class as before (still passing, still failing, still skipped). */
    UNCHANGED,
    /** Not in the baseline. A new check that fails is NEW_FAIL, not NEW. */
    NEW,
    /** In the baseline, not in this run. */
    REMOVED
}
