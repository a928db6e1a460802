package org.imapharness.reports.html;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.imapharness.reports.model.Check;

/**
 * Every check that FAILED or ERRORED, MUST first, with its report (mismatching bytes marked),
 * its transcript folded away, its replay file to download and its seed.
 */
final class FailuresSection {
    private FailuresSection() {
    }

    static String render(List<Check> checks) {
        List<Check> problems = checks.stream().filter(c -> c.outcome().isProblem())
                .sorted(Comparator.comparing(Check::level).thenComparing(Check::outcome)).toList();
        StringBuilder sb = new StringBuilder("<section id=\"failures\"><h2>Failures (")
                .append(problems.size()).append(")</h2>\n");
        if (problems.isEmpty()) {
            sb.append("<p class=\"note\">No check failed.</p>\n");
        }
        problems.forEach(c -> sb.append(article(c)));
        return sb.append("</section>\n").toString();
    }

    static String article(Check c) {
        StringBuilder sb = new StringBuilder();
        sb.append("<article class=\"failure\" id=\"").append(Html.anchor(c.id())).append("\">\n<h3>")
                .append(Cells.badge(c.outcome())).append(' ').append(Html.escape(c.name())).append("</h3>\n");
        sb.append("<p class=\"meta\">").append(c.level() == null ? "" : Html.escape(c.level().name()))
                .append(" · suite ").append(Html.escape(c.suite()));
        if (!c.rfc().isEmpty()) {
            sb.append(" · ").append(c.rfc().stream().map(s -> Html.link(s.url(), s.toString()))
                    .collect(Collectors.joining(", ")));
        }
        sb.append(" · ").append(Cells.duration(c.durationMs()));
        if (!c.seed().isEmpty()) {
            sb.append(" · seed <code>").append(Html.escape(c.seed())).append("</code>");
        }
        if (!c.replay().isEmpty()) {
            sb.append(" · <a download href=\"").append(Html.escape(c.replay())).append("\">replay file</a>");
        }
        sb.append("</p>\n");
        if (!c.report().isEmpty()) {
            sb.append("<pre class=\"report\">").append(ReportText.report(c.report())).append("</pre>\n");
        }
        if (!c.transcript().isEmpty()) {
            sb.append("<details><summary>Transcript</summary><pre class=\"transcript\">")
                    .append(ReportText.transcript(c.transcript(), c.report())).append("</pre></details>\n");
        }
        return sb.append("</article>\n").toString();
    }
}
