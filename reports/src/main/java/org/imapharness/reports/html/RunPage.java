package org.imapharness.reports.html;

import java.util.Optional;
import org.imapharness.reports.baseline.BaselineComparison;
import org.imapharness.reports.model.Run;
import org.imapharness.reports.model.Summary;

/**
 * {@code index.html} of a run: the verdict and counts, the failures in full (what a reader came
 * for), the compliance matrix, capabilities, measurements, and every check folded by section.
 */
public final class RunPage {
    private RunPage() {
    }

    public static String render(Run run, Optional<BaselineComparison> baseline) {
        Summary s = run.summary();
        StringBuilder sb = new StringBuilder();
        sb.append("<header><h1>imap-harness report</h1>\n<p class=\"meta\">Target <code>")
                .append(Html.escape(run.target().uri())).append("</code> · started ").append(Html.escape(run.startedAt()))
                .append(" · ").append(Cells.duration(run.durationMs())).append(" · suites ")
                .append(Html.escape(String.join(", ", run.suites()))).append("</p>\n");
        if (run.target().insecure()) {
            sb.append("<p class=\"warning\">Certificate checking was turned off (--insecure): "
                    + "this run does not show that the server's TLS identity is valid.</p>\n");
        }
        sb.append("<p class=\"verdict ").append(s.mustProblems() == 0 ? "pass\">Every MUST requirement checked was met"
                : "fail\">" + s.mustProblems() + " MUST checks did not pass").append(".</p>\n");
        sb.append("<div class=\"summary\">").append(box("checks", s.total())).append(box("passed", s.passed()))
                .append(box("failed", s.failed())).append(box("errored", s.errored())).append(box("skipped", s.skipped()))
                .append("</div>\n<nav>").append(baseline.isPresent() ? "<a href=\"#baseline\">Baseline</a>" : "")
                .append("<a href=\"#failures\">Failures</a><a href=\"#matrix\">Matrix</a>")
                .append("<a href=\"#capabilities\">Capabilities</a><a href=\"#checks\">All checks</a>")
                .append("<a href=\"run.json\">run.json</a></nav></header>\n<main>\n");
        baseline.ifPresent(b -> sb.append(BaselineSection.render(b)));
        sb.append(FailuresSection.render(run.checks()))
                .append(ComplianceMatrix.render(run.checks()))
                .append(CapabilitiesSection.render(run.target(), run.checks()))
                .append(FiguresSection.render(run))
                .append(ChecksSection.render(run.checks()))
                .append("</main>\n");
        return Page.of("imap-harness: " + run.target().uri(), sb.toString());
    }

    private static String box(String label, int n) {
        return "<div><b>" + n + "</b>" + label + "</div>";
    }
}
