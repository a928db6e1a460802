package org.imapharness.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.reports.model.Check;

/**
 * Every check, by suite and first RFC section, each group folded unless something in it failed,
 * and failing groups first: a run of 300+ checks stays one screen until opened.
 */
final class ChecksSection {
    private static final String NO_SECTION = "no RFC section";

    private ChecksSection() {
    }

    static String render(List<Check> checks) {
        Map<String, List<Check>> groups = new LinkedHashMap<>();
        for (Check c : checks) {
            String section = c.rfc().isEmpty() ? NO_SECTION : c.rfc().get(0).toString();
            groups.computeIfAbsent(c.suite() + " — " + section, k -> new ArrayList<>()).add(c);
        }
        List<Map.Entry<String, List<Check>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.comparing(e -> !Cells.tone(e.getValue()).equals("fail")));
        StringBuilder sb = new StringBuilder("<section id=\"checks\"><h2>All checks (").append(checks.size())
                .append(")</h2>\n");
        for (Map.Entry<String, List<Check>> group : ordered) {
            String tone = Cells.tone(group.getValue());
            sb.append("<details class=\"group ").append(tone).append('"').append(tone.equals("fail") ? " open" : "")
                    .append("><summary>").append(Html.escape(group.getKey())).append(" <span class=\"counts\">")
                    .append(Cells.counts(group.getValue())).append("</span></summary>\n<table class=\"checks\">")
                    .append("<colgroup><col class=\"out\"><col><col class=\"lvl\"><col class=\"dur\"></colgroup>\n");
            group.getValue().forEach(c -> sb.append(row(c)));
            sb.append("</table></details>\n");
        }
        return sb.append("</section>\n").toString();
    }

    private static String row(Check c) {
        String name = c.outcome().isProblem()
                ? "<a href=\"#" + Html.anchor(c.id()) + "\">" + Html.escape(c.name()) + "</a>" : Html.escape(c.name());
        String reason = c.reason().isEmpty() ? "" : "<div class=\"reason\">" + Html.escape(c.reason()) + "</div>";
        return "<tr><td>" + Cells.badge(c.outcome()) + "</td><td>" + name + reason + "</td><td>"
                + c.level() + "</td><td>" + Cells.duration(c.durationMs()) + "</td></tr>\n";
    }
}
