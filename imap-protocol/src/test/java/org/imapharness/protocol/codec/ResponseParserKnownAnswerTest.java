package org.imapharness.protocol.codec;

import static org.imapharness.protocol.codec.ResponseWire.parseValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.ListExtendedItem;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedExtValue;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse.ListItem;
import org.imapharness.protocol.response.UntaggedResponse.NamespaceDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known answers for status, mailbox and extension responses: the examples of RFC 3501 §6–§8
 * and of the extension RFCs, paraphrased with our own values, each with the model value it
 * must give. Every input also goes through the frame decoder in every split.
 */
class ResponseParserKnownAnswerTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                // RFC 3501 §7.1 status responses
                arguments("* OK IMAP4rev1 harness ready\r\n", untagged(StatusCondition.OK, null, "IMAP4rev1 harness ready")),
                arguments("* OK [ALERT] Maintenance in 15 minutes\r\n",
                        untagged(StatusCondition.OK, new ResponseCode.Alert(), "Maintenance in 15 minutes")),
                arguments("b17 OK LOGIN done\r\n", new TaggedResponse("b17", StatusCondition.OK, null, "LOGIN done")),
                arguments("* NO Quota at 97%, please clean up\r\n",
                        untagged(StatusCondition.NO, null, "Quota at 97%, please clean up")),
                arguments("x9 NO COPY refused: quota\r\n", new TaggedResponse("x9", StatusCondition.NO, null, "COPY refused: quota")),
                arguments("* BAD Line exceeds limit\r\n", untagged(StatusCondition.BAD, null, "Line exceeds limit")),
                arguments("c.3 BAD Missing command\r\n", new TaggedResponse("c.3", StatusCondition.BAD, null, "Missing command")),
                arguments("* PREAUTH IMAP4rev1 logged in as ann\r\n",
                        untagged(StatusCondition.PREAUTH, null, "IMAP4rev1 logged in as ann")),
                arguments("* BYE Idle timeout\r\n", untagged(StatusCondition.BYE, null, "Idle timeout")),
                arguments("a1 ok lower case keywords are fine\r\n",
                        new TaggedResponse("a1", StatusCondition.OK, null, "lower case keywords are fine")),
                arguments("t]1 OK tag with bracket\r\n", new TaggedResponse("t]1", StatusCondition.OK, null, "tag with bracket")),
                arguments("* OK text may hold [brackets] and \"quotes\" \\ and {braces}\r\n",
                        untagged(StatusCondition.OK, null, "text may hold [brackets] and \"quotes\" \\ and {braces}")),
                // resp-text-code, §7.1 and the SELECT example of §6.3.1
                arguments("* OK [UNSEEN 12] First unseen\r\n", untagged(StatusCondition.OK, new ResponseCode.Unseen(12), "First unseen")),
                arguments("* OK [UIDVALIDITY 4012345678] UIDs valid\r\n",
                        untagged(StatusCondition.OK, new ResponseCode.UidValidity(4012345678L), "UIDs valid")),
                arguments("* OK [UIDNEXT 4392] Predicted next UID\r\n",
                        untagged(StatusCondition.OK, new ResponseCode.UidNext(4392), "Predicted next UID")),
                arguments("* OK [PERMANENTFLAGS (\\Deleted \\Seen $Work \\*)] Limited\r\n", untagged(StatusCondition.OK,
                        new ResponseCode.PermanentFlags(List.of("\\Deleted", "\\Seen", "$Work", "\\*")), "Limited")),
                arguments("* OK [PERMANENTFLAGS ()] No permanent flags\r\n",
                        untagged(StatusCondition.OK, new ResponseCode.PermanentFlags(List.of()), "No permanent flags")),
                arguments("s2 OK [READ-WRITE] SELECT completed\r\n",
                        new TaggedResponse("s2", StatusCondition.OK, new ResponseCode.ReadWrite(), "SELECT completed")),
                arguments("s3 OK [read-only] EXAMINE completed\r\n",
                        new TaggedResponse("s3", StatusCondition.OK, new ResponseCode.ReadOnly(), "EXAMINE completed")),
                arguments("a4 NO [TRYCREATE] No such mailbox\r\n",
                        new TaggedResponse("a4", StatusCondition.NO, new ResponseCode.TryCreate(), "No such mailbox")),
                arguments("a5 BAD [PARSE] Bad header\r\n",
                        new TaggedResponse("a5", StatusCondition.BAD, new ResponseCode.Parse(), "Bad header")),
                arguments("a6 NO [BADCHARSET (UTF-8 \"US-ASCII\")] Unknown charset\r\n", new TaggedResponse("a6",
                        StatusCondition.NO, new ResponseCode.BadCharset(List.of("UTF-8", "US-ASCII")), "Unknown charset")),
                arguments("a7 NO [BADCHARSET] Unknown charset\r\n",
                        new TaggedResponse("a7", StatusCondition.NO, new ResponseCode.BadCharset(List.of()), "Unknown charset")),
                arguments("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN LOGINDISABLED] ready\r\n", untagged(StatusCondition.OK,
                        new ResponseCode.Capability(List.of("IMAP4rev1", "STARTTLS", "AUTH=PLAIN", "LOGINDISABLED")), "ready")),
                arguments("a8 NO [AUTHENTICATIONFAILED] Wrong password\r\n", new TaggedResponse("a8", StatusCondition.NO,
                        new ResponseCode.Other("AUTHENTICATIONFAILED", null), "Wrong password")),
                arguments("* NO [REFERRAL imap://mail.example.net/] Try elsewhere\r\n", untagged(StatusCondition.NO,
                        new ResponseCode.Other("REFERRAL", "imap://mail.example.net/"), "Try elsewhere")),
                // RFC 4315 UIDPLUS §3
                arguments("a9 OK [APPENDUID 38505 3955] APPEND completed\r\n", new TaggedResponse("a9", StatusCondition.OK,
                        new ResponseCode.AppendUid(38505, SequenceSet.of(3955)), "APPEND completed")),
                arguments("b1 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n", new TaggedResponse("b1", StatusCondition.OK,
                        new ResponseCode.CopyUid(38505, SequenceSet.parse("304,319:320"), SequenceSet.parse("3956:3958")), "Done")),
                arguments("b2 OK [UIDNOTSTICKY] Non-persistent UIDs\r\n",
                        new TaggedResponse("b2", StatusCondition.OK, new ResponseCode.UidNotSticky(), "Non-persistent UIDs")),
                // RFC 7162 CONDSTORE / QRESYNC
                arguments("* OK [HIGHESTMODSEQ 715194045007] Highest\r\n",
                        untagged(StatusCondition.OK, new ResponseCode.HighestModSeq(715194045007L), "Highest")),
                arguments("* OK [NOMODSEQ] No mod-sequences here\r\n",
                        untagged(StatusCondition.OK, new ResponseCode.NoModSeq(), "No mod-sequences here")),
                arguments("d5 OK [MODIFIED 7,9] Conditional STORE failed\r\n", new TaggedResponse("d5", StatusCondition.OK,
                        new ResponseCode.Modified(SequenceSet.parse("7,9")), "Conditional STORE failed")),
                arguments("* OK [CLOSED] Previous mailbox closed\r\n",
                        untagged(StatusCondition.OK, new ResponseCode.Closed(), "Previous mailbox closed")),
                // §7.2 server and mailbox status
                arguments("* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI XPIG-LATIN\r\n",
                        new UntaggedResponse.Capability(List.of("IMAP4rev1", "STARTTLS", "AUTH=GSSAPI", "XPIG-LATIN"))),
                arguments("* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n",
                        new ListItem(ListItem.Kind.LIST, List.of("\\Noselect"), '/', "~/Mail/foo")),
                arguments("* LIST (\\HasNoChildren \\Marked) \".\" INBOX.Sent\r\n",
                        new ListItem(ListItem.Kind.LIST, List.of("\\HasNoChildren", "\\Marked"), '.', "INBOX.Sent")),
                arguments("* LIST () NIL inbox\r\n", new ListItem(ListItem.Kind.LIST, List.of(), null, "inbox")),
                arguments("* LIST () \"\\\\\" \"Work \\\"2025\\\"\"\r\n",
                        new ListItem(ListItem.Kind.LIST, List.of(), '\\', "Work \"2025\"")),
                arguments("* LIST () \"/\" " + ResponseWire.lit("a\"b") + "\r\n",
                        new ListItem(ListItem.Kind.LIST, List.of(), '/', "a\"b")),
                // RFC 5258 §5 example 9 and §6: extended data after the name, tag quoted or not
                arguments("* LIST () \"/\" \"Foo2\" (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n",
                        new ListItem(ListItem.Kind.LIST, List.of(), '/', "Foo2",
                                List.of(ListExtendedItem.childInfo(List.of("SUBSCRIBED"))))),
                arguments("* LIST (\\Subscribed \\NonExistent) \"/\" lx/c (CHILDINFO (\"SUBSCRIBED\" \"REMOTE\"))\r\n",
                        new ListItem(ListItem.Kind.LIST, List.of("\\Subscribed", "\\NonExistent"), '/', "lx/c",
                                List.of(ListExtendedItem.childInfo(List.of("SUBSCRIBED", "REMOTE"))))),
                arguments("* LIST () \"/\" x ()\r\n", new ListItem(ListItem.Kind.LIST, List.of(), '/', "x", List.of())),
                arguments("* LIST () \"/\" x (\"OLDNAME\" (" + ResponseWire.lit("old") + ") X-N 1:3,*"
                        + " X-C (a (b c) \"d e\") X-E ())\r\n",
                        new ListItem(ListItem.Kind.LIST, List.of(), '/', "x", List.of(
                                new ListExtendedItem("OLDNAME", group(new TaggedExtValue.Text("old"))),
                                new ListExtendedItem("X-N", new TaggedExtValue.Simple("1:3,*")),
                                new ListExtendedItem("X-C", group(new TaggedExtValue.Text("a"),
                                        group(new TaggedExtValue.Text("b"), new TaggedExtValue.Text("c")),
                                        new TaggedExtValue.Text("d e"))),
                                new ListExtendedItem("X-E", group())))),
                arguments("* LSUB () \".\" #news.comp.mail.misc\r\n",
                        new ListItem(ListItem.Kind.LSUB, List.of(), '.', "#news.comp.mail.misc")),
                arguments("* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n",
                        new UntaggedResponse.StatusData("blurdybloop", items(StatusItem.MESSAGES, 231L, StatusItem.UIDNEXT, 44292L))),
                arguments("* STATUS \"Sent Items\" ()\r\n", new UntaggedResponse.StatusData("Sent Items", Map.of())),
                arguments("* STATUS INBOX (MESSAGES 3 UIDNEXT 7500 HIGHESTMODSEQ 7011231777)\r\n",
                        new UntaggedResponse.StatusData("INBOX", items(StatusItem.MESSAGES, 3L, StatusItem.UIDNEXT, 7500L,
                                StatusItem.HIGHESTMODSEQ, 7011231777L))),
                arguments("* SEARCH 2 3 6\r\n", new UntaggedResponse.Search(List.of(2L, 3L, 6L), null)),
                arguments("* SEARCH\r\n", new UntaggedResponse.Search(List.of(), null)),
                arguments("* SEARCH 2 5 6 7 11 (MODSEQ 917162500)\r\n",
                        new UntaggedResponse.Search(List.of(2L, 5L, 6L, 7L, 11L), 917162500L)),
                arguments("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n", new UntaggedResponse.Flags(
                        List.of("\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft"))),
                arguments("* FLAGS ()\r\n", new UntaggedResponse.Flags(List.of())),
                // §7.3, §7.4.1
                arguments("* 23 EXISTS\r\n", new UntaggedResponse.Exists(23)),
                arguments("* 0 EXISTS\r\n", new UntaggedResponse.Exists(0)),
                arguments("* 5 RECENT\r\n", new UntaggedResponse.Recent(5)),
                arguments("* 44 EXPUNGE\r\n", new UntaggedResponse.Expunge(44)),
                arguments("* 4294967295 EXPUNGE\r\n", new UntaggedResponse.Expunge(4294967295L)),
                // §7.5 continuation
                arguments("+ Ready for literal data\r\n", new ContinuationRequest(null, "Ready for literal data")),
                arguments("+ \r\n", new ContinuationRequest(null, "")),
                arguments("+ YGgGCSqGSIb3EgECAgIBAAD/////6jcyG4GE3KkTzBeBiVHeceP2CWY0SR0fAQAgAAQEBAQ=\r\n",
                        new ContinuationRequest(null, "YGgGCSqGSIb3EgECAgIBAAD/////6jcyG4GE3KkTzBeBiVHeceP2CWY0SR0fAQAgAAQEBAQ=")),
                arguments("+ [ALERT] go ahead\r\n", new ContinuationRequest(new ResponseCode.Alert(), "go ahead")),
                // RFC 4731 ESEARCH
                arguments("* ESEARCH (TAG \"A282\") MIN 2 COUNT 3\r\n",
                        new UntaggedResponse.Esearch("A282", false, 2L, null, null, 3L, null)),
                arguments("* ESEARCH (TAG \"A283\") ALL 2,10:11\r\n",
                        new UntaggedResponse.Esearch("A283", false, null, null, SequenceSet.parse("2,10:11"), null, null)),
                arguments("* ESEARCH (TAG \"A285\") UID MIN 7 MAX 3800 MODSEQ 12\r\n",
                        new UntaggedResponse.Esearch("A285", true, 7L, 3800L, null, null, 12L)),
                arguments("* ESEARCH (TAG \"A284\")\r\n", new UntaggedResponse.Esearch("A284", false, null, null, null, null, null)),
                arguments("* ESEARCH UID COUNT 0\r\n", new UntaggedResponse.Esearch(null, true, null, null, null, 0L, null)),
                // RFC 5161 ENABLE
                arguments("* ENABLED CONDSTORE QRESYNC\r\n", new UntaggedResponse.Enabled(List.of("CONDSTORE", "QRESYNC"))),
                arguments("* ENABLED\r\n", new UntaggedResponse.Enabled(List.of())),
                // RFC 2342 NAMESPACE
                arguments("* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n",
                        new UntaggedResponse.Namespace(List.of(ns("", '/')), null, null)),
                arguments("* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\")(\"#news.\" \".\"))\r\n",
                        new UntaggedResponse.Namespace(List.of(ns("", '/')), List.of(ns("~", '/')),
                                List.of(ns("#shared/", '/'), ns("#news.", '.')))),
                arguments("* NAMESPACE ((\"INBOX.\" \".\" \"X-PARAM\" (\"FLAG1\" \"FLAG2\"))) NIL ((\"\" NIL))\r\n",
                        new UntaggedResponse.Namespace(List.of(new NamespaceDescriptor("INBOX.", '.',
                                Map.of("X-PARAM", List.of("FLAG1", "FLAG2")))), null, List.of(ns("", null)))),
                // RFC 2971 ID
                arguments("* ID (\"name\" \"Harness\" \"version\" \"0.1\" \"support-url\" NIL)\r\n",
                        new UntaggedResponse.Id(strings("name", "Harness", "version", "0.1", "support-url", null))),
                arguments("* ID NIL\r\n", new UntaggedResponse.Id(null)),
                // RFC 7162 §3.2.10 VANISHED
                arguments("* VANISHED (EARLIER) 41,43:116,118\r\n",
                        new UntaggedResponse.Vanished(true, SequenceSet.parse("41,43:116,118"))),
                arguments("* VANISHED 405,407\r\n", new UntaggedResponse.Vanished(false, SequenceSet.parse("405,407"))));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void strictParserGivesTheKnownAnswer(String wire, Response expected) {
        ResponseParser parser = ResponseParser.strict();
        assertEquals(expected, parseValid(parser, wire));
        assertEquals(0, parser.quirks().total(), "no quirk in a valid response");
    }

    static UntaggedResponse.Status untagged(StatusCondition s, ResponseCode code, String text) {
        return new UntaggedResponse.Status(s, code, text);
    }

    static TaggedExtValue.Group group(TaggedExtValue... items) {
        return new TaggedExtValue.Group(List.of(items));
    }

    static NamespaceDescriptor ns(String prefix, Character delimiter) {
        return new NamespaceDescriptor(prefix, delimiter, Map.of());
    }

    static Map<StatusItem, Long> items(Object... kv) {
        Map<StatusItem, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((StatusItem) kv[i], (Long) kv[i + 1]);
        }
        return m;
    }

    static Map<String, String> strings(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
