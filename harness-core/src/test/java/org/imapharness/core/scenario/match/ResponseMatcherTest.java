package org.imapharness.core.scenario.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.imapharness.core.scenario.ResponsePattern;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.Response;
import org.junit.jupiter.api.Test;

/** Patterns as written in S: lines against responses parsed from the wire. */
class ResponseMatcherTest {
    private static final Bindings N3 = Bindings.empty().with("n", new Value.Num(3));

    private static ResponseMatcher.Result match(String pattern, String response) {
        return ResponseMatcher.match(Patterns.of(pattern), Patterns.response(response), N3);
    }

    private static void matches(String pattern, String response) {
        ResponseMatcher.Result r = match(pattern, response);
        assertTrue(r.matched(), () -> pattern + " vs " + response + ": " + r.mismatch());
    }

    private static String mismatch(String pattern, String response) {
        ResponseMatcher.Result r = match(pattern, response);
        assertFalse(r.matched(), () -> pattern + " should not match " + response);
        return r.mismatch();
    }

    @Test
    void atomsIgnoreCaseNumbersCompareAsNumbers() {
        matches("* 3 exists", "* 3 EXISTS");
        assertEquals("expected 3, found 4", mismatch("* 3 EXISTS", "* 4 EXISTS"));
        assertEquals("expected RECENT, found EXISTS", mismatch("* 3 RECENT", "* 3 EXISTS"));
    }

    @Test
    void flagListsAreSets() {
        matches("* FLAGS (\\Seen \\Answered)", "* FLAGS (\\Answered \\Seen)");
        matches("* FLAGS (\\seen ...)", "* FLAGS (\\Answered \\Seen \\Draft)");
        assertTrue(mismatch("* FLAGS (\\Seen)", "* FLAGS (\\Answered \\Seen)").contains("found \\Answered"));
        assertTrue(mismatch("* FLAGS (\\Seen \\Draft)", "* FLAGS (\\Seen)").contains("expected \\Draft"));
        matches("* FLAGS ()", "* FLAGS ()");
        matches("* FLAGS (...)", "* FLAGS (\\Seen)");
    }

    @Test
    void absentItemsMustNotBeInAnUnorderedList() {
        matches("* CAPABILITY IMAP4rev1 !STARTTLS !LOGINDISABLED ...", "* CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN");
        assertEquals("expected no STARTTLS in the list, found STARTTLS",
                mismatch("* CAPABILITY IMAP4rev1 !STARTTLS ...", "* CAPABILITY IMAP4rev1 STARTTLS IDLE"));
        mismatch("* CAPABILITY !starttls ...", "* CAPABILITY IMAP4rev1 STARTTLS"); // atoms ignore case
        matches("* FLAGS (\\Seen !\\Deleted)", "* FLAGS (\\Seen)");
        assertTrue(mismatch("* FLAGS (!\\Deleted ...)", "* FLAGS (\\Seen \\Deleted)").contains("no \\Deleted"));
        // An absent item takes no item: without ... every received item must still be named.
        assertTrue(mismatch("* FLAGS (!\\Draft)", "* FLAGS (\\Seen)").contains("found \\Seen"));
        assertTrue(mismatch("* 1 FETCH (!UID ...)", "* 1 FETCH (UID 5)").contains("only inside an unordered list"));
        assertTrue(mismatch("* OK [UIDNEXT !5]", "* OK [UIDNEXT 5] x").contains("only inside an unordered list"));
    }

    @Test
    void fetchItemsAreNameValuePairsInAnyOrder() {
        matches("* 1 FETCH (FLAGS (\\Seen) UID 5)", "* 1 FETCH (UID 5 FLAGS (\\Seen))");
        assertEquals("expected only FLAGS (write ... to allow others), found also UID",
                mismatch("* 1 FETCH (FLAGS (\\Seen))", "* 1 FETCH (UID 5 FLAGS (\\Seen))"));
        matches("* 1 FETCH (FLAGS (\\Seen) ...)", "* 1 FETCH (UID 5 FLAGS (\\Seen))");
        assertEquals("expected RFC822.SIZE *, found no RFC822.SIZE item",
                mismatch("* 1 FETCH (RFC822.SIZE * ...)", "* 1 FETCH (UID 5)"));
    }

    @Test
    void capturesBindAndBoundVariablesCompare() {
        ResponseMatcher.Result r = match("* $x FETCH (UID $u)", "* 7 FETCH (UID 42)");
        assertTrue(r.matched());
        assertEquals(new Value.Num(7), r.bindings().get("x"));
        assertEquals("42", r.bindings().text("u"));
        matches("* $n EXISTS", "* 3 EXISTS");
        assertEquals("expected $n = 3, found 4", mismatch("* $n EXISTS", "* 4 EXISTS"));
    }

    @Test
    void internalDatesCompareByTheMomentTheyName() {
        // 21:52:25 at -0800 is 05:52:25 the next day in UTC: the zone is the server's choice (§2.3.3).
        matches("* 1 FETCH (INTERNALDATE \"08-Feb-1994 05:52:25 +0000\")",
                "* 1 FETCH (INTERNALDATE \" 7-Feb-1994 21:52:25 -0800\")");
        matches("* 1 FETCH (INTERNALDATE \" 7-Feb-1994 21:52:25 -0800\")",
                "* 1 FETCH (INTERNALDATE \" 7-Feb-1994 21:52:25 -0800\")");
        // The same wall-clock time in another zone is another moment.
        assertEquals("expected \"07-Feb-1994 21:52:25 -0800\", found \" 7-Feb-1994 21:52:25 +0000\"",
                mismatch("* 1 FETCH (INTERNALDATE \"07-Feb-1994 21:52:25 -0800\")",
                        "* 1 FETCH (INTERNALDATE \" 7-Feb-1994 21:52:25 +0000\")"));
        mismatch("* 1 FETCH (INTERNALDATE \"yesterday\")",
                "* 1 FETCH (INTERNALDATE \" 7-Feb-1994 21:52:25 +0000\")");
        ResponseMatcher.Result first = match("* 1 FETCH (INTERNALDATE $d)",
                "* 1 FETCH (INTERNALDATE \" 7-Feb-1994 21:52:25 -0800\")");
        assertTrue(first.matched());
        assertEquals(" 7-Feb-1994 21:52:25 -0800", first.bindings().text("d"));
        ResponsePattern again = Patterns.of("* 1 FETCH (INTERNALDATE $d)");
        String sameMoment = "* 1 FETCH (INTERNALDATE \"08-Feb-1994 11:22:25 +0530\")";
        String sameClockElsewhere = "* 1 FETCH (INTERNALDATE \" 7-Feb-1994 21:52:25 +0530\")";
        assertTrue(ResponseMatcher.match(again, Patterns.response(sameMoment), first.bindings()).matched());
        assertFalse(ResponseMatcher.match(again, Patterns.response(sameClockElsewhere), first.bindings()).matched());
    }

    @Test
    void relationsCompareNumbers() {
        matches("* OK [UIDNEXT >$n]", "* OK [UIDNEXT 4] next");
        assertEquals("expected a number > 3, found 3 in the response code",
                mismatch("* OK [UIDNEXT >$n]", "* OK [UIDNEXT 3] next"));
        matches("* 1 FETCH (MODSEQ (>=3))", "* 1 FETCH (MODSEQ (3))");
        matches("* <=3 EXISTS", "* 0 EXISTS");
        assertTrue(mismatch("* !=0 EXISTS", "* 0 EXISTS").contains("expected a number != 0"));
    }

    @Test
    void statusResponsesMatchConditionAndCodeNeverText() {
        matches("* OK", "* OK [ALERT] anything at all");
        matches("* OK", "* OK no code");
        matches("* OK [ALERT]", "* OK [ALERT] anything");
        assertEquals("expected OK, found NO", mismatch("* OK", "* NO later"));
        assertEquals("expected a response code [ALERT], found none", mismatch("* OK [ALERT]", "* OK text"));
        matches("* BYE", "* BYE going away");
        assertEquals("expected an untagged status response, found untagged data", mismatch("* OK", "* 3 EXISTS"));
        assertEquals("expected untagged data, found an untagged status response", mismatch("* 3 EXISTS", "* OK hi"));
    }

    @Test
    void completionsMatchStatusAlternativesAndCode() {
        matches("OK [READ-WRITE]", "A1 OK [READ-WRITE] done");
        assertTrue(mismatch("OK [READ-WRITE]", "A1 OK [READ-ONLY] done").contains("READ-ONLY"));
        matches("NO|BAD", "A1 BAD what");
        matches("NO|BAD", "A1 NO [TRYCREATE] no");
        assertEquals("expected NO or BAD, found OK", mismatch("NO|BAD", "A1 OK fine"));
        matches("OK [APPENDUID * $uid]", "A1 OK [APPENDUID 38505 3955] done");
        matches("OK [COPYUID 9 1:3 4,5,6]", "A1 OK [COPYUID 9 1,2,3 4:6] done");
        assertTrue(mismatch("OK [COPYUID 9 1:3 4:5]", "A1 OK [COPYUID 9 1:3 4:6] done").contains("4:6"));
    }

    @Test
    void mailboxNamesAreExactExceptInbox() {
        matches("* LIST () \"/\" INBOX", "* LIST () \"/\" inbox");
        matches("* LIST () \"/\" inbox", "* LIST () \"/\" \"INBOX\"");
        assertEquals("expected Drafts, found \"drafts\"", mismatch("* LIST () \"/\" Drafts", "* LIST () \"/\" drafts"));
        matches("* LIST (\\Noselect) NIL foo", "* LIST (\\NoSelect) NIL foo");
        assertEquals("expected NIL, found \"/\"", mismatch("* LIST () NIL foo", "* LIST () \"/\" foo"));
        matches("* STATUS foo (UIDNEXT $n MESSAGES 0)", "* STATUS foo (MESSAGES 0 UIDNEXT 3)");
    }

    @Test
    void listExtendedDataIsNamedValuesWithChildInfoASet() {
        String foo2 = "* LIST () \"/\" Foo2 (\"CHILDINFO\" (\"SUBSCRIBED\" \"REMOTE\"))";
        matches("* LIST () \"/\" Foo2 (CHILDINFO (REMOTE SUBSCRIBED))", foo2);
        matches("* LIST () * Foo2 (\"CHILDINFO\" (\"SUBSCRIBED\" ...))", foo2);
        matches("* LIST () * Foo2 ...", foo2);
        assertTrue(mismatch("* LIST () \"/\" Foo2", foo2).contains("CHILDINFO"));
        assertTrue(mismatch("* LIST () * Foo2 (CHILDINFO (SUBSCRIBED))", foo2).contains("REMOTE"));
        mismatch("* LIST () * Foo2 (CHILDINFO (SUBSCRIBED))", "* LIST () \"/\" Foo2");
        matches("* LIST () * x (X-N 1:3 X-C (a (b)))", "* LIST () \"/\" x (X-C (a (b)) \"X-N\" 1,2,3)");
    }

    @Test
    void capabilityAndSearchTailsAreSets() {
        matches("* CAPABILITY IMAP4rev1 ...", "* CAPABILITY STARTTLS IMAP4rev1 IDLE");
        assertTrue(mismatch("* CAPABILITY IMAP4rev1", "* CAPABILITY IMAP4rev1 IDLE").contains("found IDLE"));
        matches("* SEARCH 3 1 2", "* SEARCH 1 2 3");
        matches("* SEARCH", "* SEARCH");
        assertTrue(mismatch("* SEARCH", "* SEARCH 4").contains("found 4"));
        matches("* ENABLED condstore", "* ENABLED CONDSTORE");
        matches("* ESEARCH (TAG \"A1\") UID COUNT 3 ...", "* ESEARCH (TAG \"A1\") UID MIN 1 COUNT 3");
    }

    @Test
    void sectionNamesAndDataCompare() {
        byte[] wire = "* 2 FETCH (BODY[HEADER.FIELDS (FROM)] {13}\r\nFrom: a\r\n\r\n\r\n UID 9)\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        Response r = Patterns.response(wire);
        ResponseMatcher.Result ok = ResponseMatcher.match(Patterns.of(
                "* 2 FETCH (UID 9 body[header.fields (\"From\")] {\"From: a\\r\\n\\r\\n\\r\\n\"})"), r, N3);
        assertTrue(ok.matched(), ok.mismatch());
        Response hi = Patterns.response("* 1 FETCH (BODY[TEXT] {2}\r\nHi)\r\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(ResponseMatcher.match(Patterns.of("* 1 FETCH (BODY[TEXT] \"Hi\")"), hi, N3).matched(),
                "a quoted string matches literal data with the same bytes");
        matches("* 1 FETCH (BODY[] NIL)", "* 1 FETCH (BODY[] NIL)");
    }

    @Test
    void envelopeAndBodyStructureAreOrderedLists() {
        String env = "* 1 FETCH (ENVELOPE (\"Mon, 7 Feb 1994 21:52:25 -0800\" \"afternoon meeting\" "
                + "((\"Fred Foobar\" NIL \"foobar\" \"Blurdybloop.COM\")) NIL NIL NIL NIL NIL NIL \"<B27397-0100000@Blurdybloop.COM>\"))";
        matches("* 1 FETCH (ENVELOPE (* \"afternoon meeting\" ((* NIL foobar Blurdybloop.COM)) ...))", env + "");
        assertTrue(mismatch("* 1 FETCH (ENVELOPE (* \"Afternoon meeting\" ...))", env)
                .contains("expected \"Afternoon meeting\""));
        String body = "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92"
                + " NIL NIL NIL NIL))";
        matches("* 1 FETCH (BODYSTRUCTURE (text plain (charset \"US-ASCII\") NIL NIL 7bit >0 * ...))", body);
    }

    @Test
    void languageTagsIgnoreCaseAsRfc5646Says() {
        // Cyrus IMAP 3.6 upper-cases the Content-Language values it was given (en-NZ, mi).
        String body = "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 10 1"
                + " NIL (\"INLINE\" NIL) (\"EN-NZ\" \"MI\") \"https://example.nz/p\"))";
        matches("* 1 FETCH (BODYSTRUCTURE (text plain * NIL NIL 7bit 10 1 NIL * (\"en-NZ\" \"mi\") \"https://example.nz/p\"))",
                body);
        matches("* 1 FETCH (BODYSTRUCTURE (text plain * NIL NIL 7bit 10 1 NIL * \"en\" ...))",
                "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 1 NIL NIL \"EN\" NIL))");
        assertTrue(mismatch("* 1 FETCH (BODYSTRUCTURE (text plain * NIL NIL 7bit 10 1 NIL * (\"en-NZ\" \"de\") ...))", body)
                .contains("MI"));
        // Parameter values are not tags: they still compare exactly.
        mismatch("* 1 FETCH (BODYSTRUCTURE (text plain (charset \"US-ASCII\") ...))", body);
    }

    @Test
    void backtrackingFindsThePairingACaptureNeeds() {
        ResponseMatcher.Result r = match("* FLAGS ($a \\Seen)", "* FLAGS (\\Seen \\Answered)");
        assertTrue(r.matched(), r.mismatch());
        assertEquals(new Value.Word("\\Answered"), r.bindings().get("a"));
    }

    @Test
    void sequenceSetsCompareByTheirNumbers() {
        matches("* VANISHED (EARLIER) 1:3,7", "* VANISHED (EARLIER) 1,2,3,7");
        ResponseMatcher.Result r = match("* VANISHED $set", "* VANISHED 5:6");
        assertEquals(new Value.Numbers(SequenceSet.range(5, 6)), r.bindings().get("set"));
    }

    @Test
    void continuationsMatchAnyText() {
        assertTrue(ResponseMatcher.match(new org.imapharness.core.scenario.ResponsePattern.Continuation(0),
                Patterns.response("+ go ahead"), N3).matched());
    }
}
