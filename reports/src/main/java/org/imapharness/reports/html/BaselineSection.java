package org.imapharness.reports.html;

import java.util.List;
import java.util.Map;
import org.imapharness.reports.baseline.BaselineComparison;
import org.imapharness.reports.baseline.Change;
import org.imapharness.reports.baseline.CheckChange;

/** The run against its baseline: regressions first and open, the other changes folded. */
final class BaselineSection {
    private BaselineSection() {
    }

    static String render(BaselineComparison comparison) {
        Map<Change, Integer> counts = comparison.counts();
        StringBuilder sb = new StringBuilder("<section id=\"baseline\"><h2>Against the baseline</h2>\n<p class=\"")
                .append(comparison.hasRegressions() ? "verdict fail" : "verdict pass").append("\">")
                .append(comparison.hasRegressions() ? counts.get(Change.NEW_FAIL) + " regressions" : "No regression")
                .append(" since the baseline run of ").append(Html.escape(comparison.baselineStartedAt())).append(": ")
                .append(counts.get(Change.FIXED)).append(" fixed, ").append(counts.get(Change.NEW)).append(" new, ")
                .append(counts.get(Change.REMOVED)).append(" removed, ").append(counts.get(Change.UNCHANGED))
                .append(" unchanged.</p>\n");
        for (Change change : List.of(Change.NEW_FAIL, Change.FIXED, Change.NEW, Change.REMOVED)) {
            List<CheckChange> rows = comparison.changes().stream().filter(c -> c.change() == change).toList();
            if (rows.isEmpty()) {
                continue;
            }
            sb.append("<details").append(change == Change.NEW_FAIL ? " open" : "").append("><summary>")
                    .append(label(change)).append(" (").append(rows.size()).append(")</summary>\n<table class=\"changes\">")
                    .append("<colgroup><col><col class=\"out\"><col class=\"out\"></colgroup>")
                    .append("<thead><tr><th>Check</th><th>before</th><th>now</th></tr></thead><tbody>\n");
            for (CheckChange c : rows) {
                sb.append("<tr><td>").append(Html.escape(c.name())).append("</td><td>").append(Cells.badge(c.before()))
                        .append("</td><td>").append(Cells.badge(c.after())).append("</td></tr>\n");
            }
            sb.append("</tbody></table></details>\n");
        }
        return sb.append("</section>\n").toString();
    }

    private static String label(Change change) {
        return switch (change) {
            case NEW_FAIL -> "New failures";
            case FIXED -> "Fixed";
            case NEW -> "New checks";
            case REMOVED -> "Removed checks";
            case UNCHANGED -> "Unchanged";
        };
    }
}
