package org.imapharness.reports.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Level;
import org.imapharness.reports.model.RfcSection;

/**
 * The compliance matrix: one row per RFC section, one column per requirement level, each cell
 * counting the checks' outcomes and coloured by the worst of them. A check citing two sections
 * counts in both rows.
 */
final class ComplianceMatrix {
    private ComplianceMatrix() {
    }

    static String render(List<Check> checks) {
        Map<RfcSection, Map<Level, List<Check>>> cells = new TreeMap<>();
        List<Check> unreferenced = new ArrayList<>();
        for (Check c : checks) {
            if (c.rfc().isEmpty()) {
                unreferenced.add(c);
            }
            for (RfcSection s : c.rfc()) {
                cells.computeIfAbsent(s, k -> new EnumMap<>(Level.class))
                        .computeIfAbsent(c.level(), k -> new ArrayList<>()).add(c);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<section id=\"matrix\"><h2>Compliance by RFC section</h2>\n");
        if (cells.isEmpty()) {
            sb.append("<p class=\"note\">No check of this run names an RFC section.</p>");
        } else {
            // The "no level" column only when some referenced check has no level, which scenarios never do.
            List<Level> levels = cells.values().stream().anyMatch(m -> m.containsKey(Level.NONE))
                    ? List.of(Level.values()) : List.of(Level.MUST, Level.SHOULD, Level.MAY);
            sb.append("<table class=\"matrix\"><colgroup><col class=\"sec\">")
                    .append("<col>".repeat(levels.size())).append("</colgroup>\n<thead><tr><th>Section</th>");
            levels.forEach(l -> sb.append("<th>").append(l == Level.NONE ? "no level" : l.name()).append("</th>"));
            sb.append("</tr></thead><tbody>\n");
            cells.forEach((section, byLevel) -> {
                sb.append("<tr><th>").append(Html.link(section.url(), section.toString())).append("</th>");
                for (Level level : levels) {
                    List<Check> in = byLevel.getOrDefault(level, List.of());
                    sb.append("<td class=\"").append(Cells.tone(in)).append("\">").append(Cells.counts(in)).append("</td>");
                }
                sb.append("</tr>\n");
            });
            sb.append("</tbody></table>\n");
        }
        if (!unreferenced.isEmpty()) {
            sb.append("<p class=\"note\">").append(unreferenced.size())
                    .append(" checks name no RFC section: ").append(Cells.counts(unreferenced)).append(".</p>\n");
        }
        return sb.append("</section>\n").toString();
    }
}
