package org.imapharness.reports.baseline;

import static org.imapharness.reports.Checks.check;
import static org.imapharness.reports.Checks.run;
import static org.imapharness.reports.model.Outcome.ERRORED;
import static org.imapharness.reports.model.Outcome.FAILED;
import static org.imapharness.reports.model.Outcome.PASSED;
import static org.imapharness.reports.model.Outcome.SKIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.imapharness.reports.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaselineComparisonTest {

    @ParameterizedTest(name = "{0} -> {1} is {2}")
    @CsvSource(nullValues = "absent", value = {
        "PASSED, PASSED, UNCHANGED", "PASSED, FAILED, NEW_FAIL", "PASSED, ERRORED, NEW_FAIL",
        "SKIPPED, FAILED, NEW_FAIL", "FAILED, FAILED, UNCHANGED", "FAILED, ERRORED, UNCHANGED",
        "FAILED, PASSED, FIXED", "ERRORED, PASSED, FIXED", "FAILED, SKIPPED, UNCHANGED",
        "PASSED, SKIPPED, UNCHANGED", "absent, PASSED, NEW", "absent, SKIPPED, NEW", "absent, FAILED, NEW_FAIL",
        "PASSED, absent, REMOVED", "FAILED, absent, REMOVED"})
    void classifiesEveryTransition(Outcome before, Outcome after, Change expected) {
        assertEquals(expected, CheckChange.classify(before, after));
    }

    @Test
    void onlyRegressionsFailTheGate() {
        var baseline = run("embedded", check("a", PASSED), check("b", FAILED), check("gone", PASSED));
        var current = run("embedded", check("a", PASSED), check("b", FAILED), check("new", SKIPPED));
        BaselineComparison known = BaselineComparison.compare(baseline, current);
        assertEquals(0, known.exitCode());
        assertEquals(List.of("a", "b", "new", "gone"), known.changes().stream().map(CheckChange::id).toList());
        assertEquals(Map.of(Change.NEW_FAIL, 0, Change.FIXED, 0, Change.UNCHANGED, 2, Change.NEW, 1, Change.REMOVED, 1),
                known.counts());

        var worse = run("embedded", check("a", ERRORED), check("b", PASSED));
        BaselineComparison regression = BaselineComparison.compare(baseline, worse);
        assertEquals(1, regression.exitCode());
        assertEquals(List.of("a"), regression.regressions().stream().map(CheckChange::id).toList());
        assertEquals(Change.FIXED, regression.changes().get(1).change());
    }
}
