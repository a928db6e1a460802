package org.imapharness.protocol.codec;

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

/**
 * Known answers for the parser: the command examples of RFC 3501 §6 and the extension RFCs,
 * with the same structure but our own values, plus the grammar's corner cases (letter case,
 * INBOX, both literal forms, quoted dates). Shared by the parser and framing tests.
 */
final class CommandExamples {

    record Example(String source, byte[] wire, TaggedCommand expected) {
        @Override
        public String toString() {
            return source + ": " + new String(wire, StandardCharsets.ISO_8859_1).replace("\r\n", "\\r\\n");
        }
    }

    private static final List<Example> ALL = new ArrayList<>();

    private CommandExamples() {
    }

    static List<Example> all() {
        return List.copyOf(ALL);
    }

    private static void add(String source, String wire, String tag, Command expected) {
        ALL.add(new Example(source, wire.getBytes(StandardCharsets.UTF_8), new TaggedCommand(tag, expected)));
    }

    private static SequenceSet set(String wire) {
        return SequenceSet.parse(wire);
    }

    static {
        // RFC 3501 §6.1: any state
        add("3501 6.1.1", "t1 CAPABILITY\r\n", "t1", new Command.Capability());
        add("3501 6.1.2", "t2 NOOP\r\n", "t2", new Command.Noop());
        add("3501 6.1.3", "t3 LOGOUT\r\n", "t3", new Command.Logout());
        add("case-insensitive name", "t4 cApAbIlItY\r\n", "t4", new Command.Capability());
        // §6.2: not authenticated
        add("3501 6.2.1", "t5 STARTTLS\r\n", "t5", new Command.StartTls());
        add("3501 6.2.2", "t6 AUTHENTICATE KERBEROS_V4\r\n", "t6", new Command.Authenticate("KERBEROS_V4", null));
        add("3501 6.2.3", "t7 LOGIN ALICE OPENSESAME\r\n", "t7", new Command.Login("ALICE", "OPENSESAME"));
        add("3501 6.2.3 quoted", "t8 LOGIN \"alice smith\" \"p\\\"w\\\\d\"\r\n", "t8",
                new Command.Login("alice smith", "p\"w\\d"));
        add("3501 7.5 literals", "t9 LOGIN {9}\r\nBOB JONES {8}\r\nfat cats\r\n", "t9",
                new Command.Login("BOB JONES", "fat cats"));
        add("7888 LITERAL+", "t10 LOGIN {9+}\r\nBOB JONES {8+}\r\nfat cats\r\n", "t10",
                new Command.Login("BOB JONES", "fat cats"));
        add("astring with ]", "t11 LOGIN a]b c]\r\n", "t11", new Command.Login("a]b", "c]"));
        add("empty literal", "t12 LOGIN {0}\r\n \"\"\r\n", "t12", new Command.Login("", ""));
        add("8-bit literal is UTF-8", "t13 LOGIN {5}\r\nj\u00f6rg \"x\"\r\n", "t13", new Command.Login("j\u00f6rg", "x"));
        // §6.3: authenticated
        add("3501 6.3.1", "t20 SELECT INBOX\r\n", "t20", new Command.Select("INBOX", false, false, null));
        add("INBOX any case", "t21 SELECT inBoX\r\n", "t21", new Command.Select("INBOX", false, false, null));
        add("INBOX quoted", "t22 SELECT \"inbox\"\r\n", "t22", new Command.Select("INBOX", false, false, null));
        add("3501 6.3.2", "t23 EXAMINE lunchbox\r\n", "t23", new Command.Select("lunchbox", true, false, null));
        add("3501 6.3.3", "t24 CREATE projects/\r\n", "t24", new Command.Create("projects/"));
        add("3501 6.3.4", "t25 DELETE projects/old\r\n", "t25", new Command.Delete("projects/old"));
        add("3501 6.3.5", "t26 RENAME lunchbox dinnerbox\r\n", "t26", new Command.Rename("lunchbox", "dinnerbox"));
        add("3501 6.3.5 INBOX", "t27 RENAME INBOX archive-2024\r\n", "t27", new Command.Rename("INBOX", "archive-2024"));
        add("3501 6.3.6", "t28 SUBSCRIBE #news.rec.cooking\r\n", "t28", new Command.Subscribe("#news.rec.cooking"));
        add("3501 6.3.7", "t29 UNSUBSCRIBE #news.rec.cooking\r\n", "t29", new Command.Unsubscribe("#news.rec.cooking"));
        add("3501 6.3.8 empty", "t30 LIST \"\" \"\"\r\n", "t30", new Command.List("", "", false));
        add("3501 6.3.8 wildcards", "t31 LIST ~/Folders/ %\r\n", "t31", new Command.List("~/Folders/", "%", false));
        add("3501 6.3.8 star", "t32 LIST \"\" *\r\n", "t32", new Command.List("", "*", false));
        add("list-char ]", "t33 LIST #news. rec.*]%\r\n", "t33", new Command.List("#news.", "rec.*]%", false));
        add("3501 6.3.9", "t34 LSUB \"#news.\" \"rec.cook*\"\r\n", "t34", new Command.List("#news.", "rec.cook*", true));
        add("3501 6.3.10", "t35 STATUS lunchbox (UIDNEXT MESSAGES)\r\n", "t35",
                new Command.Status("lunchbox", List.of(StatusItem.UIDNEXT, StatusItem.MESSAGES)));
        add("3501 6.3.11", "t36 APPEND saved (\\Seen) {12}\r\nHello there!\r\n", "t36",
                new Command.Append("saved", List.of("\\Seen"), null, Octets.utf8("Hello there!")));
        add("append date-time", "t37 APPEND INBOX (\\seen $Work) \" 7-Mar-2021 09:05:00 -0730\" {3}\r\nabc\r\n", "t37",
                new Command.Append("INBOX", List.of("\\Seen", "$Work"),
                        OffsetDateTime.of(2021, 3, 7, 9, 5, 0, 0, ZoneOffset.ofHoursMinutes(-7, -30)), Octets.utf8("abc")));
        add("append no flags", "t38 APPEND saved \"17-Mar-2021 23:59:59 +0000\" {1+}\r\nz\r\n", "t38",
                new Command.Append("saved", null, OffsetDateTime.of(2021, 3, 17, 23, 59, 59, 0, ZoneOffset.UTC),
                        Octets.utf8("z")));
        add("append empty flag list", "t39 APPEND saved () {0}\r\n\r\n", "t39",
                new Command.Append("saved", List.of(), null, Octets.EMPTY));
        add("3516 literal8", "t40 APPEND saved ~{3}\r\na\u0000b\r\n", "t40",
                new Command.Append("saved", null, null, Octets.of(new byte[] {'a', 0, 'b'})));
        // §6.4: selected
        add("3501 6.4.1", "t50 CHECK\r\n", "t50", new Command.Check());
        add("3501 6.4.2", "t51 CLOSE\r\n", "t51", new Command.Close());
        add("3501 6.4.3", "t52 EXPUNGE\r\n", "t52", new Command.Expunge(null));
        add("3501 6.4.4", "t53 SEARCH FLAGGED SINCE 3-Apr-2019 NOT FROM \"Jones\"\r\n", "t53",
                new Command.Search(false, null, List.of(SearchKey.Flag.FLAGGED,
                        new SearchKey.Date(SearchKey.DateField.SINCE, LocalDate.of(2019, 4, 3)),
                        new SearchKey.Not(new SearchKey.Text(SearchKey.TextField.FROM, "Jones"))), null));
        add("3501 6.4.4 text", "t54 SEARCH TEXT \"no such words\"\r\n", "t54", new Command.Search(false, null,
                List.of(new SearchKey.Text(SearchKey.TextField.TEXT, "no such words")), null));
        add("3501 6.4.4 charset", "t55 SEARCH CHARSET UTF-8 TEXT {4}\r\nGr\u00fc\r\n", "t55", new Command.Search(false,
                "UTF-8", List.of(new SearchKey.Text(SearchKey.TextField.TEXT, "Gr\u00fc")), null));
        add("search every key", "t56 search or seen (deleted unanswered) 2:4,*:9 uid 7 larger 0 smaller 4294967295 "
                + "header X-Spam \"yes\" keyword $Junk unkeyword Work on \"31-Dec-1999\" sentbefore 01-jan-2000 "
                + "senton 1-Feb-2000 sentsince 29-Feb-2000 before 9-Sep-2009 bcc a cc b body c subject d to e "
                + "all answered draft new old recent undraft unflagged undeleted unseen\r\n", "t56",
                new Command.Search(false, null, everyKey(), null));
        add("3501 6.4.5", "t57 FETCH 2:4 (FLAGS BODY[HEADER.FIELDS (DATE FROM)])\r\n", "t57", new Command.Fetch(false,
                set("2:4"), List.of(FetchAttribute.Simple.FLAGS, new FetchAttribute.BodySection(
                        Section.headerFields(false, List.of("DATE", "FROM")), false, null)), null, false));
        add("fetch macro", "t58 FETCH 1 all\r\n", "t58", new Command.Fetch(false, set("1"),
                FetchAttribute.macro("ALL"), null, false));
        add("fetch fast", "t59 FETCH 1:* FAST\r\n", "t59", new Command.Fetch(false, set("1:*"),
                FetchAttribute.macro("FAST"), null, false));
        add("fetch full", "t60 FETCH * FULL\r\n", "t60", new Command.Fetch(false, set("*"),
                FetchAttribute.macro("FULL"), null, false));
        add("fetch sections", "t61 FETCH 3 (BODY.PEEK[1.2.MIME]<0.100> body[] BODY[TEXT] BODY[2] "
                + "BODY[HEADER.FIELDS.NOT (Received \"X-Y\")] BODY[4.HEADER] RFC822.SIZE ENVELOPE BODY "
                + "BODYSTRUCTURE UID INTERNALDATE RFC822 RFC822.HEADER RFC822.TEXT)\r\n", "t61",
                new Command.Fetch(false, set("3"), everyFetchAtt(), null, false));
        add("3501 6.4.6", "t62 STORE 2:4 +FLAGS (\\Deleted)\r\n", "t62", new Command.Store(false, set("2:4"),
                StoreMode.ADD, false, List.of("\\Deleted"), null));
        add("store without parens", "t63 STORE 5 -flags.silent \\SEEN $x\r\n", "t63", new Command.Store(false, set("5"),
                StoreMode.REMOVE, true, List.of("\\Seen", "$x"), null));
        add("store replace empty", "t64 STORE 1:* FLAGS ()\r\n", "t64", new Command.Store(false, set("1:*"),
                StoreMode.REPLACE, false, List.of(), null));
        add("3501 6.4.7", "t65 COPY 2:4 LUNCH\r\n", "t65", new Command.Copy(false, set("2:4"), "LUNCH"));
        add("3501 6.4.8", "t66 UID FETCH 5000123:5001234 FLAGS\r\n", "t66", new Command.Fetch(true,
                set("5000123:5001234"), List.of(FetchAttribute.Simple.FLAGS), null, false));
        add("uid copy", "t67 uid copy 9:7 Archive\r\n", "t67", new Command.Copy(true, set("9:7"), "Archive"));
        add("uid search", "t68 UID SEARCH 1:*\r\n", "t68", new Command.Search(true, null,
                List.of(new SearchKey.Sequence(set("1:*"))), null));
        add("uid store", "t69 UID STORE 7 FLAGS.SILENT (\\Answered)\r\n", "t69", new Command.Store(true, set("7"),
                StoreMode.REPLACE, true, List.of("\\Answered"), null));
        extensions();
    }

    private static void extensions() {
        add("2177 IDLE", "e1 IDLE\r\n", "e1", new Command.Idle());
        add("2342 NAMESPACE", "e2 NAMESPACE\r\n", "e2", new Command.Namespace());
        add("3691 UNSELECT", "e3 UNSELECT\r\n", "e3", new Command.Unselect());
        add("2971 ID", "e4 ID (\"name\" \"harness\" \"version\" \"0.1\" \"os\" NIL)\r\n", "e4",
                new Command.Id(idParams()));
        add("2971 ID NIL", "e5 ID nil\r\n", "e5", new Command.Id(null));
        add("2971 ID empty", "e6 ID ()\r\n", "e6", new Command.Id(Map.of()));
        add("5161 ENABLE", "e7 ENABLE CONDSTORE X-NICE-IDEA\r\n", "e7",
                new Command.Enable(List.of("CONDSTORE", "X-NICE-IDEA")));
        add("4959 SASL-IR", "e8 AUTHENTICATE PLAIN AHVzZXIAc2VjcmV0\r\n", "e8", new Command.Authenticate("PLAIN",
                Octets.of("\u0000user\u0000secret".getBytes(StandardCharsets.US_ASCII))));
        add("4959 empty IR", "e9 AUTHENTICATE EXTERNAL =\r\n", "e9", new Command.Authenticate("EXTERNAL", Octets.EMPTY));
        add("4959 padded IR", "e10 AUTHENTICATE X-TOKEN YWI=\r\n", "e10",
                new Command.Authenticate("X-TOKEN", Octets.utf8("ab")));
        add("4315 UID EXPUNGE", "e11 UID EXPUNGE 4000:4002\r\n", "e11", new Command.Expunge(set("4000:4002")));
        add("6851 MOVE", "e12 MOVE 3:5 Trash\r\n", "e12", new Command.Move(false, set("3:5"), "Trash"));
        add("6851 UID MOVE", "e13 UID MOVE 52:79 bar\r\n", "e13", new Command.Move(true, set("52:79"), "bar"));
        add("4731 ESEARCH", "e14 SEARCH RETURN (MIN count) UNSEEN SINCE 2-Mar-2020\r\n", "e14",
                new Command.Search(false, null, List.of(SearchKey.Flag.UNSEEN,
                        new SearchKey.Date(SearchKey.DateField.SINCE, LocalDate.of(2020, 3, 2))), List.of("MIN", "COUNT")));
        add("4731 RETURN ()", "e15 UID SEARCH RETURN () CHARSET US-ASCII 1:*\r\n", "e15", new Command.Search(true,
                "US-ASCII", List.of(new SearchKey.Sequence(set("1:*"))), List.of()));
        add("7162 CONDSTORE select", "e16 SELECT INBOX (CONDSTORE)\r\n", "e16", new Command.Select("INBOX", false, true, null));
        add("7162 QRESYNC", "e17 SELECT INBOX (QRESYNC (12345007 20230715194045000 41,43:211,214:541))\r\n", "e17",
                new Command.Select("INBOX", false, false, new Command.Qresync(12345007, 20230715194045000L,
                        set("41,43:211,214:541"), null, null)));
        add("7162 QRESYNC seq-match", "e18 EXAMINE work (CONDSTORE QRESYNC (777 90060115194045000 1:2999 "
                + "(500,750,900:999 1500,2250,2700:2799)))\r\n", "e18", new Command.Select("work", true, true,
                new Command.Qresync(777, 90060115194045000L, set("1:2999"), set("500,750,900:999"),
                        set("1500,2250,2700:2799"))));
        add("7162 QRESYNC minimal", "e19 SELECT x (QRESYNC (1 1))\r\n", "e19", new Command.Select("x", false, false,
                new Command.Qresync(1, 1, null, null, null)));
        add("7162 QRESYNC seq-match only", "e20 SELECT x (QRESYNC (2 3 (1 9)))\r\n", "e20",
                new Command.Select("x", false, false, new Command.Qresync(2, 3, null, set("1"), set("9"))));
        add("7162 CHANGEDSINCE", "e21 UID FETCH 1:* (FLAGS) (CHANGEDSINCE 54321)\r\n", "e21", new Command.Fetch(true,
                set("1:*"), List.of(FetchAttribute.Simple.FLAGS), 54321L, false));
        add("7162 VANISHED", "e22 UID FETCH 200:400 (FLAGS MODSEQ) (CHANGEDSINCE 999 VANISHED)\r\n", "e22",
                new Command.Fetch(true, set("200:400"), List.of(FetchAttribute.Simple.FLAGS,
                        FetchAttribute.Simple.MODSEQ), 999L, true));
        add("7162 UNCHANGEDSINCE", "e23 STORE 1:50 (UNCHANGEDSINCE 0) +FLAGS.SILENT (\\Deleted)\r\n", "e23",
                new Command.Store(false, set("1:50"), StoreMode.ADD, true, List.of("\\Deleted"), 0L));
        add("7162 MODSEQ search", "e24 SEARCH MODSEQ \"/flags/\\\\draft\" all 620162338\r\n", "e24",
                new Command.Search(false, null, List.of(new SearchKey.ModSeq("/flags/\\draft", "all", 620162338L)), null));
        add("7162 MODSEQ plain", "e25 UID SEARCH MODSEQ 0\r\n", "e25",
                new Command.Search(true, null, List.of(new SearchKey.ModSeq(null, null, 0)), null));
        add("7162 STATUS", "e26 STATUS lunchbox (MESSAGES HIGHESTMODSEQ)\r\n", "e26",
                new Command.Status("lunchbox", List.of(StatusItem.MESSAGES, StatusItem.HIGHESTMODSEQ)));
        add("3516 BINARY", "e27 FETCH 4 (BINARY.PEEK[1.3] BINARY.SIZE[1] BINARY[]<10.20>)\r\n", "e27",
                new Command.Fetch(false, set("4"), List.of(new FetchAttribute.Binary(List.of(1, 3), true, null),
                        new FetchAttribute.BinarySize(List.of(1)),
                        new FetchAttribute.Binary(List.of(), false, new Partial(10, 20L))), null, false));
    }

    private static List<SearchKey> everyKey() {
        return List.of(
                new SearchKey.Or(SearchKey.Flag.SEEN, new SearchKey.And(List.of(SearchKey.Flag.DELETED,
                        SearchKey.Flag.UNANSWERED))),
                new SearchKey.Sequence(set("2:4,*:9")), new SearchKey.Uid(set("7")),
                new SearchKey.Size(true, 0), new SearchKey.Size(false, 4294967295L),
                new SearchKey.Header("X-Spam", "yes"), new SearchKey.Keyword("$Junk", false),
                new SearchKey.Keyword("Work", true),
                new SearchKey.Date(SearchKey.DateField.ON, LocalDate.of(1999, 12, 31)),
                new SearchKey.Date(SearchKey.DateField.SENTBEFORE, LocalDate.of(2000, 1, 1)),
                new SearchKey.Date(SearchKey.DateField.SENTON, LocalDate.of(2000, 2, 1)),
                new SearchKey.Date(SearchKey.DateField.SENTSINCE, LocalDate.of(2000, 2, 29)),
                new SearchKey.Date(SearchKey.DateField.BEFORE, LocalDate.of(2009, 9, 9)),
                new SearchKey.Text(SearchKey.TextField.BCC, "a"), new SearchKey.Text(SearchKey.TextField.CC, "b"),
                new SearchKey.Text(SearchKey.TextField.BODY, "c"), new SearchKey.Text(SearchKey.TextField.SUBJECT, "d"),
                new SearchKey.Text(SearchKey.TextField.TO, "e"),
                SearchKey.Flag.ALL, SearchKey.Flag.ANSWERED, SearchKey.Flag.DRAFT, SearchKey.Flag.NEW,
                SearchKey.Flag.OLD, SearchKey.Flag.RECENT, SearchKey.Flag.UNDRAFT, SearchKey.Flag.UNFLAGGED,
                SearchKey.Flag.UNDELETED, SearchKey.Flag.UNSEEN);
    }

    private static List<FetchAttribute> everyFetchAtt() {
        return List.of(
                new FetchAttribute.BodySection(Section.of(Section.Specifier.MIME, 1, 2), true, new Partial(0, 100L)),
                new FetchAttribute.BodySection(Section.WHOLE, false, null),
                new FetchAttribute.BodySection(Section.of(Section.Specifier.TEXT), false, null),
                new FetchAttribute.BodySection(Section.of(Section.Specifier.NONE, 2), false, null),
                new FetchAttribute.BodySection(Section.headerFields(true, List.of("Received", "X-Y")), false, null),
                new FetchAttribute.BodySection(Section.of(Section.Specifier.HEADER, 4), false, null),
                FetchAttribute.Simple.RFC822_SIZE, FetchAttribute.Simple.ENVELOPE, FetchAttribute.Simple.BODY,
                FetchAttribute.Simple.BODYSTRUCTURE, FetchAttribute.Simple.UID, FetchAttribute.Simple.INTERNALDATE,
                FetchAttribute.Simple.RFC822, FetchAttribute.Simple.RFC822_HEADER, FetchAttribute.Simple.RFC822_TEXT);
    }

    private static Map<String, String> idParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", "harness");
        params.put("version", "0.1");
        params.put("os", null);
        return params;
    }
}
