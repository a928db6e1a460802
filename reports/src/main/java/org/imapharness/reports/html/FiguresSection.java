package org.imapharness.reports.html;

import java.util.Map;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Run;

/**
 * The numbers a run measured ({@code imap.measure.*}: sync push latency, fuzz executions, ...),
 * the parser quirks the target needed with their counts, and the link to a load run's Gatling
 * report. Each part is left out when the run has none.
 */
final class FiguresSection {
    private FiguresSection() {
    }

    static String render(Run run) {
        StringBuilder rows = new StringBuilder();
        run.measurements().forEach((k, v) -> rows.append(row("run", k, v)));
        for (Check c : run.checks()) {
            c.measurements().forEach((k, v) -> rows.append(row(c.suite() + ": " + c.name(), k, v)));
        }
        StringBuilder sb = new StringBuilder();
        if (!rows.isEmpty()) {
            sb.append("<section id=\"figures\"><h2>Measurements</h2>\n<table class=\"figures\"><colgroup><col>")
                    .append("<col class=\"key\"><col class=\"val\"></colgroup><thead><tr><th>Where</th><th>Measure</th>")
                    .append("<th>Value</th></tr></thead><tbody>\n").append(rows).append("</tbody></table></section>\n");
        }
        if (!run.quirks().isEmpty()) {
            sb.append("<section id=\"quirks\"><h2>Quirks tolerated</h2>\n<p class=\"note\">Deviations from RFC 3501 §9 ")
                    .append("the client accepted by name while talking to this target.</p>\n<table class=\"quirks\">")
                    .append("<thead><tr><th>Quirk</th><th>Count</th></tr></thead><tbody>\n");
            for (Map.Entry<String, Long> q : run.quirks().entrySet()) {
                sb.append("<tr><td>").append(Html.escape(q.getKey())).append("</td><td>").append(q.getValue())
                        .append("</td></tr>\n");
            }
            sb.append("</tbody></table></section>\n");
        }
        if (!run.loadReport().isEmpty()) {
            sb.append("<section id=\"load\"><h2>Load</h2>\n<p>Gatling report: ")
                    .append(Html.link(run.loadReport(), run.loadReport())).append("</p></section>\n");
        }
        return sb.toString();
    }

    private static String row(String where, String key, String value) {
        return "<tr><td>" + Html.escape(where) + "</td><td>" + Html.escape(key) + "</td><td>" + Html.escape(value)
                + "</td></tr>\n";
    }
}
