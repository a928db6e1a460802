package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;
import org.junit.jupiter.api.Test;

/** Known answers: model value to the exact bytes and segments on the wire. */
class CommandWriterTest {
    private static final CommandWriter.Options DEFAULTS = CommandWriter.Options.DEFAULTS;

    private static void assertWire(CommandWriter.Options options, Command command, String... segments) {
        EncodedCommand encoded = new CommandWriter(options).encode(new TaggedCommand("a1", command));
        List<String> actual = new ArrayList<>();
        for (byte[] segment : encoded.segments()) {
            actual.add(new String(segment, StandardCharsets.UTF_8));
        }
        assertEquals(List.of(segments), actual);
    }

    private static void assertWire(Command command, String... segments) {
        assertWire(DEFAULTS, command, segments);
    }

    @Test
    void loginSplitsAtEachSynchronizingLiteral() {
        Command login = new Command.Login("user name", "ab\r\nc");
        assertWire(login, "a1 LOGIN \"user name\" {5}\r\n", "ab\r\nc\r\n");
        assertWire(DEFAULTS.withLiterals(LiteralMode.LITERAL_PLUS), login, "a1 LOGIN \"user name\" {5+}\r\nab\r\nc\r\n");
        assertWire(DEFAULTS.withLiterals(LiteralMode.LITERAL_MINUS), login, "a1 LOGIN \"user name\" {5+}\r\nab\r\nc\r\n");
        assertWire(DEFAULTS.withStrings(StringStyle.LITERAL), new Command.Login("joe", "pw"),
                "a1 LOGIN {3}\r\n", "joe {2}\r\n", "pw\r\n");
    }

    @Test
    void literalMinusIsNonSynchronizingUpTo4096Bytes() {
        String small = "\u00e9".repeat(2048);
        String big = small + "x";
        assertWire(DEFAULTS.withLiterals(LiteralMode.LITERAL_MINUS), new Command.Create(small),
                "a1 CREATE {4096+}\r\n" + small + "\r\n");
        assertWire(DEFAULTS.withLiterals(LiteralMode.LITERAL_MINUS), new Command.Create(big),
                "a1 CREATE {4097}\r\n", big + "\r\n");
    }

    @Test
    void stringStylesChooseTheRepresentation() {
        Command login = new Command.Login("a]b", "x\"y\\z");
        assertWire(login, "a1 LOGIN a]b \"x\\\"y\\\\z\"\r\n");
        assertWire(DEFAULTS.withStrings(StringStyle.QUOTED), login, "a1 LOGIN \"a]b\" \"x\\\"y\\\\z\"\r\n");
        assertWire(DEFAULTS.withStrings(StringStyle.LITERAL).withLiterals(LiteralMode.LITERAL_PLUS), login,
                "a1 LOGIN {3+}\r\na]b {5+}\r\nx\"y\\z\r\n");
        assertWire(new Command.Login("", "caf\u00e9"), "a1 LOGIN \"\" {5}\r\n", "caf\u00e9\r\n");
        assertWire(DEFAULTS.withStrings(StringStyle.QUOTED), new Command.Login("tab\there", "del\u007f"),
                "a1 LOGIN \"tab\there\" \"del\u007f\"\r\n");
    }

    @Test
    void listPatternsAndReferences() {
        assertWire(new Command.List("", "*", false), "a1 LIST \"\" *\r\n");
        assertWire(new Command.List("~/Mail/", "%]", true), "a1 LSUB ~/Mail/ %]\r\n");
        assertWire(new Command.List("a*", "a b", false), "a1 LIST \"a*\" \"a b\"\r\n");
        assertWire(DEFAULTS.withStrings(StringStyle.QUOTED), new Command.List("", "%", false), "a1 LIST \"\" \"%\"\r\n");
    }

    @Test
    void keywordCaseAppliesToKeywordsOnly() {
        Command store = new Command.Store(true, SequenceSet.of(1), StoreMode.ADD, true, List.of("\\Seen", "Work"), null);
        assertWire(DEFAULTS.withKeywordCase(CommandWriter.KeywordCase.LOWER), store,
                "a1 uid store 1 +flags.silent (\\Seen Work)\r\n");
        CommandWriter.Options mixed = DEFAULTS.withKeywordCase(CommandWriter.KeywordCase.MIXED);
        byte[] once = new CommandWriter(mixed.withCaseSeed(7)).encode(new TaggedCommand("a1", store)).joined();
        byte[] again = new CommandWriter(mixed.withCaseSeed(7)).encode(new TaggedCommand("a1", store)).joined();
        assertEquals(new String(once, StandardCharsets.US_ASCII), new String(again, StandardCharsets.US_ASCII));
        String text = new String(once, StandardCharsets.US_ASCII);
        assertTrue(text.equalsIgnoreCase("a1 UID STORE 1 +FLAGS.SILENT (\\Seen Work)\r\n"), text);
        assertTrue(text.startsWith("a1 ") && text.endsWith(" (\\Seen Work)\r\n"), "tag and flags keep their case: " + text);
        assertNotEquals(text, new String(new CommandWriter(mixed.withCaseSeed(8)).encode(new TaggedCommand("a1", store))
                .joined(), StandardCharsets.US_ASCII));
    }

    @Test
    void rfc3501Examples() {
        assertWire(new Command.Capability(), "a1 CAPABILITY\r\n");
        assertWire(new Command.Select("INBOX", false, false, null), "a1 SELECT INBOX\r\n");
        assertWire(new Command.Select("lunchbox", true, false, null), "a1 EXAMINE lunchbox\r\n");
        assertWire(new Command.Rename("lunchbox", "dinner box"), "a1 RENAME lunchbox \"dinner box\"\r\n");
        assertWire(new Command.Status("lunchbox", List.of(StatusItem.UIDNEXT, StatusItem.MESSAGES)),
                "a1 STATUS lunchbox (UIDNEXT MESSAGES)\r\n");
        assertWire(new Command.Append("saved", List.of("\\Seen"), null, Octets.utf8("Hi!\r\n")),
                "a1 APPEND saved (\\Seen) {5}\r\n", "Hi!\r\n\r\n");
        assertWire(new Command.Append("saved", List.of(), OffsetDateTime.of(2021, 3, 7, 9, 5, 0, 0,
                        ZoneOffset.ofHoursMinutes(-7, -30)), Octets.EMPTY),
                "a1 APPEND saved () \"07-Mar-2021 09:05:00 -0730\" {0}\r\n", "\r\n");
        assertWire(new Command.Search(false, null, List.of(SearchKey.Flag.FLAGGED,
                        new SearchKey.Date(SearchKey.DateField.SINCE, LocalDate.of(2019, 4, 3)),
                        new SearchKey.Not(new SearchKey.Text(SearchKey.TextField.FROM, "Jones Jr"))), null),
                "a1 SEARCH FLAGGED SINCE 3-Apr-2019 NOT FROM \"Jones Jr\"\r\n");
        assertWire(new Command.Search(false, "UTF-8", List.of(new SearchKey.Text(SearchKey.TextField.TEXT, "Gr\u00fc")), null),
                "a1 SEARCH CHARSET UTF-8 TEXT {4}\r\n", "Gr\u00fc\r\n");
        assertWire(new Command.Fetch(false, SequenceSet.range(2, 4), List.of(FetchAttribute.Simple.FLAGS,
                        new FetchAttribute.BodySection(Section.headerFields(false, List.of("DATE", "FROM")), false, null)),
                        null, false),
                "a1 FETCH 2:4 (FLAGS BODY[HEADER.FIELDS (DATE FROM)])\r\n");
        assertWire(new Command.Store(false, SequenceSet.range(2, 4), StoreMode.ADD, false, List.of("\\Deleted"), null),
                "a1 STORE 2:4 +FLAGS (\\Deleted)\r\n");
        assertWire(new Command.Copy(true, SequenceSet.parse("7,9:*"), "LUNCH"), "a1 UID COPY 7,9:* LUNCH\r\n");
    }

    @Test
    void fetchItemsAndSections() {
        assertWire(new Command.Fetch(true, SequenceSet.all(), List.of(FetchAttribute.Simple.RFC822_SIZE), null, false),
                "a1 UID FETCH 1:* RFC822.SIZE\r\n");
        assertWire(new Command.Fetch(false, SequenceSet.of(3), List.of(
                        new FetchAttribute.BodySection(Section.of(Section.Specifier.MIME, 1, 2), true, new Partial(0, 100L)),
                        new FetchAttribute.BodySection(Section.WHOLE, false, null),
                        new FetchAttribute.BodySection(Section.headerFields(true, List.of("X Y")), true, null),
                        new FetchAttribute.Binary(List.of(1, 3), true, new Partial(5, 6L)),
                        new FetchAttribute.Binary(List.of(), false, null),
                        new FetchAttribute.BinarySize(List.of(2)), FetchAttribute.Simple.MODSEQ), null, false),
                "a1 FETCH 3 (BODY.PEEK[1.2.MIME]<0.100> BODY[] BODY.PEEK[HEADER.FIELDS.NOT (\"X Y\")] "
                        + "BINARY.PEEK[1.3]<5.6> BINARY[] BINARY.SIZE[2] MODSEQ)\r\n");
    }

    @Test
    void extensionExamples() {
        assertWire(new Command.Select("INBOX", false, true, null), "a1 SELECT INBOX (CONDSTORE)\r\n");
        assertWire(new Command.Select("INBOX", true, true, new Command.Qresync(777, 90060115194045000L,
                        SequenceSet.parse("1:2999"), SequenceSet.parse("500,750"), SequenceSet.parse("1500,2250"))),
                "a1 EXAMINE INBOX (CONDSTORE QRESYNC (777 90060115194045000 1:2999 (500,750 1500,2250)))\r\n");
        assertWire(new Command.Select("x", false, false, new Command.Qresync(1, 2, null, null, null)),
                "a1 SELECT x (QRESYNC (1 2))\r\n");
        assertWire(new Command.Fetch(true, SequenceSet.range(200, 400), List.of(FetchAttribute.Simple.FLAGS), 999L, true),
                "a1 UID FETCH 200:400 FLAGS (CHANGEDSINCE 999 VANISHED)\r\n");
        assertWire(new Command.Store(false, SequenceSet.range(1, 50), StoreMode.REMOVE, true, List.of("$Junk"), 0L),
                "a1 STORE 1:50 (UNCHANGEDSINCE 0) -FLAGS.SILENT ($Junk)\r\n");
        assertWire(new Command.Search(true, "US-ASCII", List.of(new SearchKey.Or(SearchKey.Flag.SEEN,
                        new SearchKey.And(List.of(new SearchKey.ModSeq("/flags/\\Draft", "all", 620162338L),
                                new SearchKey.Size(true, 4294967295L))))), List.of("MIN", "COUNT")),
                "a1 UID SEARCH RETURN (MIN COUNT) CHARSET US-ASCII OR SEEN (MODSEQ \"/flags/\\\\Draft\" all 620162338 "
                        + "LARGER 4294967295)\r\n");
        assertWire(new Command.Search(false, null, List.of(SearchKey.Flag.ALL), List.of()), "a1 SEARCH RETURN () ALL\r\n");
        assertWire(new Command.Authenticate("PLAIN", Octets.of("\u0000user\u0000secret".getBytes(StandardCharsets.US_ASCII))),
                "a1 AUTHENTICATE PLAIN AHVzZXIAc2VjcmV0\r\n");
        assertWire(new Command.Authenticate("EXTERNAL", Octets.EMPTY), "a1 AUTHENTICATE EXTERNAL =\r\n");
        assertWire(new Command.Authenticate("GSSAPI", null), "a1 AUTHENTICATE GSSAPI\r\n");
        Map<String, String> id = new LinkedHashMap<>();
        id.put("name", "harness");
        id.put("os", null);
        assertWire(new Command.Id(id), "a1 ID (\"name\" \"harness\" \"os\" NIL)\r\n");
        assertWire(new Command.Id(null), "a1 ID NIL\r\n");
        assertWire(new Command.Id(Map.of()), "a1 ID ()\r\n");
        assertWire(new Command.Enable(List.of("CONDSTORE", "X-NICE-IDEA")), "a1 ENABLE CONDSTORE X-NICE-IDEA\r\n");
        assertWire(new Command.Expunge(SequenceSet.range(4000, 4002)), "a1 UID EXPUNGE 4000:4002\r\n");
        assertWire(new Command.Move(true, SequenceSet.range(52, 79), "bar"), "a1 UID MOVE 52:79 bar\r\n");
        assertWire(new Command.Status("x", List.of(StatusItem.HIGHESTMODSEQ)), "a1 STATUS x (HIGHESTMODSEQ)\r\n");
        assertWire(new Command.Append("Drafts", null, null, Octets.of(new byte[] {'a', 0, 'b'})),
                "a1 APPEND Drafts ~{3}\r\n", "a\u0000b\r\n");
        for (Command bare : List.of(new Command.Idle(), new Command.Namespace(), new Command.Unselect(),
                new Command.StartTls(), new Command.Noop(), new Command.Logout(), new Command.Check(),
                new Command.Close(), new Command.Expunge(null))) {
            assertWire(bare, "a1 " + bare.name() + "\r\n");
        }
    }

    @Test
    void searchDatesAreQuotedOnlyUnderQuotedStyle() {
        Command search = new Command.Search(false, null,
                List.of(new SearchKey.Date(SearchKey.DateField.SENTON, LocalDate.of(5, 12, 31))), null);
        assertWire(search, "a1 SEARCH SENTON 31-Dec-0005\r\n");
        assertWire(DEFAULTS.withStrings(StringStyle.QUOTED), search, "a1 SEARCH SENTON \"31-Dec-0005\"\r\n");
        assertWire(DEFAULTS.withStrings(StringStyle.LITERAL), search, "a1 SEARCH SENTON 31-Dec-0005\r\n");
    }

    @Test
    void encodedCommandHasValueSemantics() {
        CommandWriter writer = new CommandWriter();
        TaggedCommand login = new TaggedCommand("t", new Command.Login("a", "b\r\n"));
        EncodedCommand encoded = writer.encode(login);
        assertEquals(encoded, writer.encode(login));
        assertEquals(encoded.hashCode(), writer.encode(login).hashCode());
        assertEquals(1, encoded.continuationsNeeded());
        assertEquals("t LOGIN a {3}\r\nb\r\n\r\n", new String(encoded.joined(), StandardCharsets.US_ASCII));
        assertEquals(encoded.joined().length, encoded.totalLength());
    }
}
