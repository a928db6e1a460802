package org.imapharness.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known answers: the received text with the token marked as [..], or unchanged when nothing departs. */
class MismatchLocatorTest {

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = ';', value = {
        "* 2 EXISTS ; * 1 EXISTS ; * [1] EXISTS",
        "* 2 EXISTS ; * FLAGS (\\Seen) ; * [FLAGS] (\\Seen)",
        "* 2 EXISTS ; * 1 EXISTS\\r\\n ; * [1] EXISTS\\r\\n",
        "* 1 FETCH (FLAGS (\\Seen ...)) ; * 1 FETCH (FLAGS (\\\\Seen))\\r\\n ; * 1 FETCH (FLAGS (\\\\Seen))\\r\\n",
        "* 1 FETCH (FLAGS (\\Seen ...)) ; * 1 FETCH (UID 4) ; * 1 FETCH ([UID] 4)",
        "* OK [UIDNEXT >$n] ; * OK [UIDNEXT 5] Predicted ; * OK [UIDNEXT 5] Predicted",
        "* OK [UIDNEXT $n] ; * OK [UIDVALIDITY 5] ok ; * OK [[UIDVALIDITY] 5] ok",
        "OK ; A0003 NO [TRYCREATE] no ; A0003 [NO] [TRYCREATE] no",
        "NO|BAD ; A0003 OK done ; A0003 [OK] done",
        "NO|BAD ; A0003 BAD bad ; A0003 BAD bad",
        "* SEARCH 2 ; * SEARCH 1 2 ; * SEARCH [1] 2",
        "* LIST (...) \"/\" \"a b\" ; * LIST () \"/\" \"a c\" ; * LIST () \"/\" [\"a c\"]",
        "* * ... ; * 3 RECENT ; * 3 RECENT"})
    void marksTheFirstTokenThePatternDoesNotAccept(String expected, String received, String marked) {
        String actual = MismatchLocator.locate(expected.strip(), received.strip())
                .map(s -> received.strip().substring(0, s.start()) + "[" + received.strip().substring(s.start(), s.end())
                        + "]" + received.strip().substring(s.end()))
                .orElse(received.strip());
        assertEquals(marked.strip(), actual);
    }
}
