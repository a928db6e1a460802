package org.imapharness.reports.model;

import java.util.Collection;

/**
 * Counts over a set of checks.
 *
 * @param mustProblems MUST checks that FAILED or ERRORED: a run passes when this is 0
 */
public record Summary(int total, int passed, int failed, int skipped, int errored, int mustProblems) {

    public static Summary of(Collection<Check> checks) {
        int[] n = new int[Outcome.values().length];
        int must = 0;
        for (Check c : checks) {
            n[c.outcome().ordinal()]++;
            if (c.isMustProblem()) {
                must++;
            }
        }
        return new Summary(checks.size(), n[Outcome.PASSED.ordinal()], n[Outcome.FAILED.ordinal()],
                n[Outcome.SKIPPED.ordinal()], n[Outcome.ERRORED.ordinal()], must);
    }

    /** Exit code 0 (every MUST met) or 1; exit code 2 (target unusable) is the launcher's call. */
    public int exitCode() {
        return mustProblems == 0 ? 0 : 1;
    }
}
