package org.imapharness.reports.html;

import java.util.List;
import java.util.stream.Collectors;
import org.imapharness.reports.compare.TargetComparison;
import org.imapharness.reports.model.Outcome;

/**
 * {@code compare.html}: checks × targets, the rows where the targets disagree first and in full,
 * the others folded, so a reader sees at once which requirements split the servers.
 */
public final class ComparisonPage {
    private ComparisonPage() {
    }

    public static String render(TargetComparison comparison) {
        List<String> targets = comparison.targets();
        StringBuilder sb = new StringBuilder("<header><h1>imap-harness: targets compared</h1>\n<p class=\"meta\">")
                .append(targets.size()).append(" runs · ").append(comparison.rows().size()).append(" checks · ")
                .append(comparison.disagreements()).append(" where the targets disagree</p></header>\n<main>\n");
        List<TargetComparison.Row> disagree = comparison.rows().stream().filter(TargetComparison.Row::disagrees).toList();
        List<TargetComparison.Row> agree = comparison.rows().stream().filter(r -> !r.disagrees()).toList();
        sb.append("<h2>Where the targets disagree (").append(disagree.size()).append(")</h2>\n");
        sb.append(disagree.isEmpty() ? "<p class=\"note\">Every check had the same outcome on every target.</p>\n"
                : table(targets, disagree));
        if (!agree.isEmpty()) {
            // Folded: with 300+ checks the agreeing rows would bury the few that matter.
            sb.append("<details class=\"group pass\"><summary>Where they agree (").append(agree.size())
                    .append(")</summary>\n").append(table(targets, agree)).append("</details>\n");
        }
        sb.append("</main>\n");
        return Page.of("imap-harness: targets compared", sb.toString());
    }

    private static String table(List<String> targets, List<TargetComparison.Row> rows) {
        StringBuilder sb = new StringBuilder("<table class=\"compare\"><colgroup><col class=\"sec\"><col>")
                .append("<col class=\"out\">".repeat(targets.size())).append("</colgroup>\n<thead><tr><th>Section</th>")
                .append("<th>Check</th>");
        targets.forEach(t -> sb.append("<th>").append(Html.escape(t)).append("</th>"));
        sb.append("</tr></thead><tbody>\n");
        for (TargetComparison.Row row : rows) {
            String sections = row.check().rfc().stream().map(s -> Html.link(s.url(), s.toString()))
                    .collect(Collectors.joining("<br>"));
            sb.append("<tr").append(row.disagrees() ? " class=\"disagree\"" : "").append("><td>").append(sections)
                    .append(" ").append(row.check().level()).append("</td><td>").append(Html.escape(row.check().name()))
                    .append("</td>");
            for (Outcome o : row.outcomes()) {
                sb.append("<td>").append(Cells.badge(o)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }
}
