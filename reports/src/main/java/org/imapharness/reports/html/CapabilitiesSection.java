package org.imapharness.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Outcome;
import org.imapharness.reports.model.TargetInfo;

/**
 * Capabilities the target advertised (before and after login) against those the run's checks
 * exercised ({@code cap-X} tags of checks that ran): what is advertised but never tested is
 * where a server's claims go unchecked.
 */
final class CapabilitiesSection {
    private CapabilitiesSection() {
    }

    static String render(TargetInfo target, List<Check> checks) {
        Set<String> all = new LinkedHashSet<>();
        target.advertisedBeforeLogin().forEach(c -> all.add(c.toUpperCase(Locale.ROOT)));
        target.advertisedAfterLogin().forEach(c -> all.add(c.toUpperCase(Locale.ROOT)));
        checks.forEach(c -> all.addAll(c.capabilities()));
        StringBuilder sb = new StringBuilder("<section id=\"capabilities\"><h2>Capabilities</h2>\n");
        if (target.advertisedBeforeLogin().isEmpty() && target.advertisedAfterLogin().isEmpty()) {
            sb.append("<p class=\"note\">No engine of this run published the target's CAPABILITY lists; "
                    + "shown are the capabilities the checks required.</p>\n");
        }
        if (all.isEmpty()) {
            return sb.append("<p class=\"note\">No check required a capability.</p></section>\n").toString();
        }
        sb.append("<table class=\"caps\"><thead><tr><th>Capability</th><th>before login</th><th>after login</th>"
                + "<th>checks exercising it</th></tr></thead><tbody>\n");
        for (String cap : all) {
            List<Check> using = new ArrayList<>();
            checks.stream().filter(c -> c.capabilities().contains(cap)).forEach(using::add);
            List<Check> ran = using.stream().filter(c -> c.outcome() != Outcome.SKIPPED).toList();
            boolean advertised = contains(target.advertisedBeforeLogin(), cap) || contains(target.advertisedAfterLogin(), cap);
            String tone = ran.isEmpty() ? (advertised && untested(target, cap).equals("untested") ? "skip" : "empty")
                    : Cells.tone(ran);
            String exercised = ran.isEmpty() ? (advertised ? untested(target, cap) : "required, not advertised: "
                    + Cells.counts(using)) : Cells.counts(ran);
            sb.append("<tr><th>").append(Html.escape(cap)).append("</th><td>")
                    .append(yes(target.advertisedBeforeLogin(), cap)).append("</td><td>")
                    .append(yes(target.advertisedAfterLogin(), cap)).append("</td><td class=\"").append(tone).append("\">")
                    .append(Html.escape(exercised)).append("</td></tr>\n");
        }
        return sb.append("</tbody></table></section>\n").toString();
    }

    /**
     * An advertised capability no tagged check required: untested, unless the engine's own list
     * says otherwise (it counts IMAP4rev1 as exercised by the RFC 3501 suite, STARTTLS by a
     * target that negotiated it).
     */
    private static String untested(TargetInfo target, String cap) {
        // An engine that published the CAPABILITY lists also published its untested list ("none" = empty).
        boolean engineKnows = !target.advertisedBeforeLogin().isEmpty() || !target.advertisedAfterLogin().isEmpty();
        return engineKnows && !contains(target.untested(), cap) ? "exercised by the suite" : "untested";
    }

    private static boolean contains(List<String> list, String cap) {
        return list.stream().anyMatch(c -> c.equalsIgnoreCase(cap));
    }

    private static String yes(List<String> list, String cap) {
        return contains(list, cap) ? "advertised" : "";
    }
}
