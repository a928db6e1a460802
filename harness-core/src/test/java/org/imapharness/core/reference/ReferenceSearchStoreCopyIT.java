package org.imapharness.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.CommandResult;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.SearchKey.DateField;
import org.imapharness.protocol.command.SearchKey.TextField;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.message.Corpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against the reference server, part 4: SEARCH with keys of every kind (RFC 3501
 * §6.4.4) and ESEARCH RETURN options (RFC 4731), STORE with UNCHANGEDSINCE and MODIFIED
 * (RFC 7162 §3.1.3), COPY with COPYUID (RFC 4315) and MOVE (RFC 6851). Four messages:
 * 1 alice "Budget 2026" \Seen; 2 bob "Lunch" \Flagged $Work; 3 carol "Grüße aus Köln", large;
 * 4 alice "Re: Budget 2026" with X-Priority, \Answered \Seen.
 */
class ReferenceSearchStoreCopyIT {
    private static final String USER = "selected";

    private final StrictConnections connections = new StrictConnections();
    private BlockingImapClient client;
    private String box;
    private List<Long> uids;

    @BeforeEach
    void fourMessages() {
        client = connections.loggedIn(USER);
        box = Seeding.freshMailbox(client, "search");
        uids = List.of(
                add("alice", "Budget 2026", "2024-01-10", "", "numbers attached", "\\Seen"),
                add("bob", "Lunch", "2024-02-10", "", "pizza or sushi", "\\Flagged", "$Work"),
                add("carol", "=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=", "2024-03-10", "",
                        "x".repeat(2000)),
                add("alice", "Re: Budget 2026", "2024-04-10", "X-Priority: 1\r\n", "agreed", "\\Answered", "\\Seen"));
        client.select(box);
    }

    @AfterEach
    void everyResponseParsedStrictly() {
        connections.assertCleanAndClose();
    }

    @Test
    void searchKeysOfEveryKind() {
        assertSearch(List.of(2L), SearchKey.Flag.FLAGGED);
        assertSearch(List.of(2L, 3L), SearchKey.Flag.UNSEEN);
        assertSearch(List.of(2L, 3L), new SearchKey.Not(SearchKey.Flag.SEEN));
        assertSearch(List.of(1L, 4L), new SearchKey.Text(TextField.FROM, "alice"));
        assertSearch(List.of(1L, 4L), new SearchKey.Text(TextField.SUBJECT, "bUdGeT"));
        assertSearch(List.of(4L), new SearchKey.Header("X-Priority", "1"));
        assertSearch(List.of(2L), new SearchKey.Text(TextField.BODY, "sushi"));
        assertSearch(List.of(2L), new SearchKey.Text(TextField.TEXT, "Lunch"));
        assertSearch(List.of(3L), new SearchKey.Size(true, 1000));
        assertSearch(List.of(1L, 2L, 4L), new SearchKey.Size(false, 1000));
        assertSearch(List.of(2L, 4L), new SearchKey.Or(SearchKey.Flag.FLAGGED, SearchKey.Flag.ANSWERED));
        assertSearch(List.of(2L), new SearchKey.Keyword("$Work", false));
        assertSearch(List.of(1L, 3L, 4L), new SearchKey.Keyword("$Work", true));
        assertSearch(List.of(3L, 4L), new SearchKey.Date(DateField.SINCE, LocalDate.of(2024, 3, 10)));
        assertSearch(List.of(1L), new SearchKey.Date(DateField.BEFORE, LocalDate.of(2024, 2, 10)));
        assertSearch(List.of(2L), new SearchKey.Date(DateField.ON, LocalDate.of(2024, 2, 10)));
        assertSearch(List.of(4L), new SearchKey.Date(DateField.SENTSINCE, LocalDate.of(2024, 4, 10)));
        assertSearch(List.of(1L), new SearchKey.Date(DateField.SENTBEFORE, LocalDate.of(2024, 2, 1)));
        assertSearch(List.of(2L, 3L, 4L), new SearchKey.Sequence(SequenceSet.range(2, SequenceSet.STAR)));
        assertSearch(List.of(2L, 3L), new SearchKey.Uid(SequenceSet.range(uids.get(1), uids.get(2))));
        assertSearch(List.of(1L), new SearchKey.And(List.of(new SearchKey.Text(TextField.FROM, "alice"),
                SearchKey.Flag.UNANSWERED)));

        CommandResult utf8 = client.send(new Command.Search(false, "UTF-8",
                List.of(new SearchKey.Text(TextField.SUBJECT, "Köln")), null)).requireOk();
        assertEquals(List.of(3L), utf8.single(UntaggedResponse.Search.class).numbers(), "RFC 2047 subject, UTF-8 key");

        CommandResult uidSearch = client.send(new Command.Search(true, null, List.of(SearchKey.Flag.SEEN), null));
        assertEquals(List.of(uids.get(0), uids.get(3)), uidSearch.requireOk().single(UntaggedResponse.Search.class)
                .numbers());
    }

    @Test
    void utf8KeysMatchDecodedHeadersAndBodies() {
        Seeding.append(client, box, null, null, Corpus.load("06-encoded-words.eml")); // 5: base64 body, RFC 2047
        Seeding.append(client, box, null, null, Corpus.load("07-8bit.eml"));          // 6: 8-bit UTF-8 body
        client.noop();
        assertUtf8Search(List.of(5L), new SearchKey.Text(TextField.BODY, "Zürich"));
        assertUtf8Search(List.of(5L), new SearchKey.Text(TextField.FROM, "André"));
        assertUtf8Search(List.of(6L), new SearchKey.Text(TextField.TEXT, "päivää"));
        assertUtf8Search(List.of(6L), new SearchKey.Text(TextField.BODY, "☃"));
        CommandResult unknown = client.send(new Command.Search(false, "X-UNKNOWN-CHARSET",
                List.of(new SearchKey.Text(TextField.BODY, "x")), null));
        assertEquals(StatusCondition.NO, unknown.status());
        assertNotNull(unknown.code(ResponseCode.BadCharset.class), "[BADCHARSET] (RFC 3501 §6.4.4)");
    }

    @Test
    void esearchReturnOptionsAndModSeqSearch() {
        CommandResult esearch = client.send(new Command.Search(false, null,
                List.of(new SearchKey.Text(TextField.FROM, "alice")), List.of("MIN", "MAX", "COUNT", "ALL")));
        UntaggedResponse.Esearch e = esearch.requireOk().single(UntaggedResponse.Esearch.class);
        assertEquals(esearch.tag(), e.tag(), "ESEARCH names its command's tag (RFC 4731 §3.1)");
        assertEquals(1L, e.min());
        assertEquals(4L, e.max());
        assertEquals(2L, e.count());
        assertEquals(SequenceSet.ofNumbers(List.of(1L, 4L)), e.all());

        CommandResult uidAll = client.send(new Command.Search(true, null, List.of(SearchKey.Flag.ALL), List.of()));
        UntaggedResponse.Esearch u = uidAll.requireOk().single(UntaggedResponse.Esearch.class);
        assertTrue(u.uid(), "UID SEARCH RETURN () answers with UID");
        assertEquals(SequenceSet.range(uids.get(0), uids.get(3)), u.all(), "RETURN () means ALL");

        client.store(SequenceSet.of(3), StoreMode.ADD, "\\Seen");
        long modSeq = fetchModSeq(3);
        CommandResult byModSeq = client.send(new Command.Search(false, null,
                List.of(new SearchKey.ModSeq(null, null, modSeq)), null)).requireOk();
        UntaggedResponse.Search found = byModSeq.single(UntaggedResponse.Search.class);
        assertEquals(List.of(3L), found.numbers());
        assertEquals(modSeq, found.modSeq(), "SEARCH MODSEQ reports the highest mod-sequence (RFC 7162 §3.1.5)");
    }

    @Test
    void storeModesSilentAndUnchangedSince() {
        CommandResult add = client.store(SequenceSet.of(1), StoreMode.ADD, "\\Flagged");
        assertEquals(List.of("\\Flagged", "\\Seen"), sorted(add.single(UntaggedResponse.Fetch.class)
                .get(MessageAttribute.Flags.class).flags()));
        CommandResult remove = client.store(SequenceSet.of(1), StoreMode.REMOVE, "\\Seen");
        assertEquals(List.of("\\Flagged"), sorted(remove.single(UntaggedResponse.Fetch.class)
                .get(MessageAttribute.Flags.class).flags()));
        CommandResult silent = client.send(new Command.Store(false, SequenceSet.of(1), StoreMode.REPLACE, true,
                List.of("\\Draft"), null)).requireOk();
        assertTrue(silent.untagged(UntaggedResponse.Fetch.class).isEmpty(), "FLAGS.SILENT (§6.4.6)");

        long before = Math.max(fetchModSeq(1), fetchModSeq(2)); // neither changed after this
        client.store(SequenceSet.of(2), StoreMode.ADD, "\\Seen"); // now 2 has
        CommandResult conditional = client.send(new Command.Store(false, SequenceSet.range(1, 2), StoreMode.ADD,
                false, List.of("$Checked"), before)).requireOk();
        ResponseCode.Modified modified = conditional.code(ResponseCode.Modified.class);
        assertNotNull(modified, "[MODIFIED] names what changed since UNCHANGEDSINCE (RFC 7162 §3.1.3)");
        assertEquals(SequenceSet.of(2), modified.numbers());
        UntaggedResponse.Fetch stored = conditional.single(UntaggedResponse.Fetch.class);
        assertEquals(1, stored.sequenceNumber());
        assertNotNull(stored.get(MessageAttribute.ModSeq.class), "a conditional STORE reports MODSEQ");
    }

    @Test
    void copyAndMoveReportCopyUid() {
        String target = Seeding.freshMailbox(client, "target");
        long targetValidity = ReferenceMailboxesIT.status(client, target).get(StatusItem.UIDVALIDITY);
        CommandResult copy = client.copy(SequenceSet.range(1, 2), target);
        ResponseCode.CopyUid copyUid = copy.code(ResponseCode.CopyUid.class);
        assertNotNull(copyUid, "COPYUID (RFC 4315 §3)");
        assertEquals(targetValidity, copyUid.uidValidity());
        assertEquals(SequenceSet.range(uids.get(0), uids.get(1)), copyUid.sourceUids());
        assertEquals(SequenceSet.range(1, 2), copyUid.destinationUids());

        CommandResult move = client.send(new Command.Move(true, SequenceSet.of(uids.get(3)), target)).requireOk();
        ResponseCode.CopyUid moved = ReferenceSelectedIT.code(move, ResponseCode.CopyUid.class);
        assertEquals(SequenceSet.of(3), moved.destinationUids());
        assertEquals(List.of(4L), ReferenceSelectedIT.expunged(move), "MOVE expunges the source (RFC 6851 §3.3)");
        assertEquals(3L, ReferenceMailboxesIT.status(client, target).get(StatusItem.MESSAGES));
        assertEquals(List.of(1L, 2L, 3L), client.search(SearchKey.Flag.ALL).single(UntaggedResponse.Search.class)
                .numbers());
    }

    private long add(String from, String subject, String date, String extraHeader, String body, String... flags) {
        LocalDate day = LocalDate.parse(date);
        String header = "From: " + from + "@example.org\r\nSubject: " + subject + "\r\nDate: "
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(day.atTime(9, 0).atOffset(ZoneOffset.UTC))
                + "\r\n" + extraHeader;
        byte[] message = (header + "\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_8);
        OffsetDateTime internal = day.atTime(12, 0).atOffset(ZoneOffset.UTC);
        return Seeding.append(client, box, List.of(flags), internal, message);
    }

    private void assertUtf8Search(List<Long> expected, SearchKey key) {
        CommandResult r = client.send(new Command.Search(false, "UTF-8", List.of(key), null)).requireOk();
        assertEquals(expected, r.single(UntaggedResponse.Search.class).numbers(), key::toString);
    }

    private void assertSearch(List<Long> expected, SearchKey key) {
        assertEquals(expected, client.search(key).single(UntaggedResponse.Search.class).numbers(), key::toString);
    }

    private long fetchModSeq(long number) {
        return client.fetch(SequenceSet.of(number), FetchAttribute.Simple.MODSEQ)
                .single(UntaggedResponse.Fetch.class).get(MessageAttribute.ModSeq.class).modSeq();
    }

    /** The flags without \\Recent, which this session also sees (it selected the mailbox first, §2.3.2). */
    private static List<String> sorted(List<String> flags) {
        return flags.stream().filter(f -> !f.equalsIgnoreCase("\\Recent")).sorted().toList();
    }
}
