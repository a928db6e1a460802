package org.imapharness.core.sync;

import java.util.List;

/**
 * A rule the server broke, where it showed: the step of the run, the device (0-based; -1 for the
 * auditor's view of the server), what was seen against what the rule requires, and the scenario
 * lines that express the expectation for a replay (see {@link ScenarioWriter}).
 *
 * @param expectation {@code S:}/{@code S?:}/{@code check:} lines (without connection number) that
 *                    the replay expects at the failing command in place of a plain completion;
 *                    empty when the failure cannot be stated in the scenario language
 */
public record Violation(Rule rule, int step, int device, String detail, List<String> expectation) {
    public Violation {
        expectation = List.copyOf(expectation);
    }

    public String describe() {
        return rule + " [" + rule.rfc() + " " + rule.level() + "] at step " + step
                + (device >= 0 ? " on device " + (device + 1) : " (server truth)") + ": " + detail;
    }
}
