package org.imapharness.reports.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Outcome;
import org.imapharness.reports.model.Run;

/**
 * Several runs of the same checks against different servers side by side (reference vs Dovecot
 * vs GreenMail), to show where the servers disagree: that is where one of them, or the check,
 * is wrong.
 *
 * @param targets a label per run, in the order given
 * @param rows    one per check of any run; rows where the runs disagree come first
 */
public record TargetComparison(List<String> targets, List<Row> rows) {

    /**
     * One check across the runs.
     *
     * @param outcomes one per target; {@code null} where that run did not have the check
     */
    public record Row(Check check, List<Outcome> outcomes) {
        /** Some runs passed and others did not, or some runs lack the check. */
        public boolean disagrees() {
            return outcomes.stream().distinct().count() > 1;
        }
    }

    public TargetComparison {
        targets = List.copyOf(targets);
        rows = List.copyOf(rows);
    }

    public static TargetComparison of(List<Run> runs) {
        Map<String, Check> checks = new LinkedHashMap<>();
        List<Map<String, Outcome>> byRun = new ArrayList<>();
        for (Run run : runs) {
            Map<String, Outcome> outcomes = new HashMap<>();
            for (Check c : run.checks()) {
                checks.putIfAbsent(c.id(), c);
                outcomes.put(c.id(), c.outcome());
            }
            byRun.add(outcomes);
        }
        List<Row> rows = new ArrayList<>();
        for (Check c : checks.values()) {
            rows.add(new Row(c, byRun.stream().map(m -> m.get(c.id())).toList()));
        }
        // Stable sort: disagreements first, each group keeping the checks' order of execution.
        rows.sort(Comparator.comparing(r -> !r.disagrees()));
        return new TargetComparison(labels(runs), rows);
    }

    public long disagreements() {
        return rows.stream().filter(Row::disagrees).count();
    }

    /** The target URIs, numbered where two runs used the same one. */
    private static List<String> labels(List<Run> runs) {
        List<String> labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Run run : runs) {
            String uri = run.target().uri();
            int n = seen.merge(uri, 1, Integer::sum);
            labels.add(n == 1 ? uri : uri + " (" + n + ")");
        }
        return labels;
    }
}
