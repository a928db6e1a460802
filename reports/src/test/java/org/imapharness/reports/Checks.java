package org.imapharness.reports;

import java.util.List;
import java.util.Map;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Level;
import org.imapharness.reports.model.Outcome;
import org.imapharness.reports.model.RfcSection;
import org.imapharness.reports.model.Run;
import org.imapharness.reports.model.TargetInfo;

/** Checks and runs for unit tests, with only what a test cares about given. */
public final class Checks {
    private Checks() {
    }

    public static Check check(String id, Outcome outcome) {
        return check(id, "6.4.5", Level.MUST, outcome);
    }

    public static Check check(String id, String section, Level level, Outcome outcome) {
        return new Check(id, "check " + id, "rfc3501", List.of(new RfcSection(3501, section)), level, List.of(),
                List.of(level.name()), outcome, outcome == Outcome.PASSED ? "" : "reason of " + id, 3, "", "", "", "",
                Map.of());
    }

    public static Run run(String target, Check... checks) {
        return Run.of(TargetInfo.of(target, false), "2026-11-26T00:00:00Z", 42, List.of(checks), Map.of(), Map.of(), "");
    }
}
