package org.imapharness.reports.compare;

import static org.imapharness.reports.Checks.check;
import static org.imapharness.reports.Checks.run;
import static org.imapharness.reports.model.Outcome.FAILED;
import static org.imapharness.reports.model.Outcome.PASSED;
import static org.imapharness.reports.model.Outcome.SKIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetComparisonTest {

    @Test
    void rowsWhereTheTargetsDisagreeComeFirstAndMissingChecksShowAsAbsent() {
        var reference = run("embedded", check("same", PASSED), check("split", PASSED), check("only-ref", PASSED));
        var dovecot = run("imaps://dovecot:993", check("same", PASSED), check("split", FAILED));
        var greenmail = run("imaps://dovecot:993", check("same", PASSED), check("split", SKIPPED));

        TargetComparison c = TargetComparison.of(List.of(reference, dovecot, greenmail));

        assertEquals(List.of("embedded", "imaps://dovecot:993", "imaps://dovecot:993 (2)"), c.targets());
        assertEquals(List.of("split", "only-ref", "same"), c.rows().stream().map(r -> r.check().id()).toList());
        assertEquals(Arrays.asList(PASSED, null, null), c.rows().get(1).outcomes());
        assertEquals(2, c.disagreements());
    }
}
