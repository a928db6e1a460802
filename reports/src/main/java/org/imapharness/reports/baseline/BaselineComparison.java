package org.imapharness.reports.baseline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Run;

/**
 * A run compared check by check with a baseline run (matched on unique id), so CI can fail on
 * regressions only while known failures are being worked on.
 *
 * @param baselineStartedAt when the baseline ran, to say which run it was
 * @param changes           every check of either run: current order first, then removed ones
 */
public record BaselineComparison(String baselineStartedAt, List<CheckChange> changes) {

    public BaselineComparison {
        changes = List.copyOf(changes);
    }

    public static BaselineComparison compare(Run baseline, Run current) {
        Map<String, Check> before = new LinkedHashMap<>();
        baseline.checks().forEach(c -> before.put(c.id(), c));
        List<CheckChange> changes = new ArrayList<>();
        for (Check now : current.checks()) {
            changes.add(CheckChange.of(before.remove(now.id()), now));
        }
        before.values().forEach(gone -> changes.add(CheckChange.of(gone, null)));
        return new BaselineComparison(baseline.startedAt(), changes);
    }

    public List<CheckChange> regressions() {
        return changes.stream().filter(c -> c.change() == Change.NEW_FAIL).toList();
    }

    public boolean hasRegressions() {
        return changes.stream().anyMatch(c -> c.change() == Change.NEW_FAIL);
    }

    /** Exit code of a gated run: 1 on any regression, else 0 whatever failed before. */
    public int exitCode() {
        return hasRegressions() ? 1 : 0;
    }

    public Map<Change, Integer> counts() {
        Map<Change, Integer> counts = new EnumMap<>(Change.class);
        for (Change c : Change.values()) {
            counts.put(c, 0);
        }
        changes.forEach(c -> counts.merge(c.change(), 1, Integer::sum));
        return counts;
    }
}
