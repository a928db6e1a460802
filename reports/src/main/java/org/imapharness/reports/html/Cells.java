package org.imapharness.reports.html;

import java.util.Collection;
import java.util.Locale;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Outcome;

/** Small pieces of markup several sections share: outcome badges and count cells. */
final class Cells {
    private Cells() {
    }

    static String badge(Outcome outcome) {
        if (outcome == null) {
            return "<span class=\"badge none\">absent</span>";
        }
        return "<span class=\"badge " + css(outcome) + "\">" + outcome + "</span>";
    }

    static String css(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    /** {@code fail}, {@code pass}, {@code skip} or {@code empty}: the colour of a group of checks. */
    static String tone(Collection<Check> checks) {
        if (checks.stream().anyMatch(c -> c.outcome().isProblem())) {
            return "fail";
        }
        if (checks.stream().anyMatch(c -> c.outcome() == Outcome.PASSED)) {
            return "pass";
        }
        return checks.isEmpty() ? "empty" : "skip";
    }

    /** {@code 3 passed · 1 failed · 2 skipped}, leaving out zeros. */
    static String counts(Collection<Check> checks) {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            long n = checks.stream().filter(c -> c.outcome() == o).count();
            if (n > 0) {
                sb.append(sb.isEmpty() ? "" : " · ").append(n).append(' ').append(o.name().toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    static String duration(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
