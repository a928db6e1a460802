package org.imapharness.reports.html;

import static org.imapharness.reports.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Level;
import org.imapharness.reports.model.Outcome;
import org.imapharness.reports.model.RfcSection;
import org.imapharness.reports.model.Run;
import org.imapharness.reports.model.TargetInfo;
import org.junit.jupiter.api.Test;

class RunPageTest {

    @Test
    void hostileTextFromTheServerOrTheChecksNeverBecomesMarkup() {
        Check hostile = new Check("[engine:x]/[t:<script>]", "<script>alert(1)</script> mailbox \"&\"", "<img src=x>",
                List.of(new RfcSection(3501, "6.3.1")), Level.MUST, List.of("<B>"), List.of(), Outcome.FAILED,
                "<script>reason</script>", 1, "FAILED <script>report", "S: * LIST () \"/\" \"<script>x</script>\"",
                "replay/\"><script>.imap", "<seed>", Map.of("<k>", "<v>"));
        Run run = Run.of(new TargetInfo("imaps://<script>:993", true, List.of("<CAP>"), List.of(), List.of()), "<now>", 1,
                List.of(hostile), Map.of("<m>", "<script>"), Map.of("<q>", 1L), "javascript:alert(1)");

        String html = RunPage.render(run, Optional.empty());

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("href=\"javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; mailbox &quot;&amp;&quot;"), html);
        assertTrue(html.contains("href=\"replay/&quot;&gt;&lt;script&gt;.imap\""), html);
        assertTrue(html.contains("Certificate checking was turned off"), html);
    }

    @Test
    void threeHundredChecksStayFoldedWithFailingSectionsFirstAndOpen() {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            checks.add(check("c" + i, "6." + (i % 30), Level.MUST, i == 250 ? Outcome.FAILED : Outcome.PASSED));
        }
        String html = RunPage.render(Run.of(TargetInfo.of("embedded", false), "", 1, checks, Map.of(), Map.of(), ""),
                Optional.empty());

        Matcher groups = Pattern.compile("<details class=\"group (\\w+)\"( open)?><summary>([^<]*)").matcher(html);
        List<String> found = new ArrayList<>();
        while (groups.find()) {
            found.add(groups.group(1) + (groups.group(2) == null ? "" : " open") + " " + groups.group(3).strip());
        }
        assertEquals(30, found.size());
        assertEquals("fail open rfc3501 — RFC 3501 §6.10", found.get(0));
        assertTrue(found.subList(1, 30).stream().allMatch(g -> g.startsWith("pass rfc3501")), found.toString());
        assertTrue(html.contains("<td class=\"fail\">9 passed · 1 failed</td>"), "matrix row of §6.10");
        assertTrue(html.indexOf("id=\"failures\"") < html.indexOf("id=\"matrix\""), "failures come before the matrix");
    }
}
