package org.imapharness.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportTextTest {
    private static final String REPORT = """
            FAILED x.imap (<b>) [RFC 3501 §6.3.1 MUST] against embedded in 3 ms
              x.imap:4: the completion did not match
              line:     S: OK
              expected: OK
              received: A0002 NO [NONEXISTENT] <script>nope</script>
                  raw:  A0002 NO [NONEXISTENT] <script>nope</script>\\r\\n
                  why:  expected OK, found NO""";

    @Test
    void marksTheMismatchAndEscapesEverythingElse() {
        assertEquals("""
                <span class="head">FAILED x.imap (&lt;b&gt;) [RFC 3501 §6.3.1 MUST] against embedded in 3 ms</span>
                  x.imap:4: the completion did not match
                  line:     S: OK
                  <span class="exp">expected: OK</span>
                  received: A0002 <mark>NO</mark> [NONEXISTENT] &lt;script&gt;nope&lt;/script&gt;
                      raw:  A0002 <mark>NO</mark> [NONEXISTENT] &lt;script&gt;nope&lt;/script&gt;\\r\\n
                      <span class="why">why:  expected OK, found NO</span>""", ReportText.report(REPORT));
    }

    @Test
    void marksTheTranscriptLinesTheFailureConsidered() {
        String transcript = "transcript of connection 1:\n  C: A0002 SELECT <x>\n"
                + "  S: A0002 NO [NONEXISTENT] <script>nope</script>\n";
        assertEquals("transcript of connection 1:\n  C: A0002 SELECT &lt;x&gt;\n<span class=\"considered\">  S: A0002 NO "
                + "[NONEXISTENT] &lt;script&gt;nope&lt;/script&gt;</span>", ReportText.transcript(transcript, REPORT));
    }
}
