package org.imapharness.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.SearchKey.DateField;
import org.imapharness.protocol.command.SearchKey.Flag;
import org.imapharness.protocol.command.SearchKey.TextField;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.server.message.Corpus;
import org.imapharness.server.store.Mailbox;
import org.imapharness.server.store.MailboxView;
import org.imapharness.server.store.MailStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every search key (RFC 3501 §6.4.4) over the corpus. Message n is corpus file n; its internal
 * date is 2024-01-n 23:30 at UTC-05:00 (already the next day in UTC). Messages 13 and 14 arrive
 * while the view is open, so they are \Recent there. The text, header, size and SENT* answers
 * were cross-checked against Dovecot 2.3.19 (same results, except for a message without Date:,
 * which Dovecot dates 1970-01-01 where we follow RFC 5256 §2.2).
 */
class SearchTest {
    private Mailbox inbox;
    private MailboxView view;

    private static final List<List<String>> FLAGS = List.of(List.of("\\Seen"), List.of("\\Flagged", "\\Seen"),
            List.of("\\Answered"), List.of("\\Deleted"), List.of("\\Draft"), List.of("$Label"));

    @BeforeEach
    void setUp() {
        inbox = MailStore.inMemory().account("searcher").mailbox("INBOX");
        List<Corpus.Entry> corpus = Corpus.all();
        for (int i = 0; i < corpus.size(); i++) {
            if (i == 12) {
                inbox.open(false).close(); // the first twelve stop being recent
                view = inbox.open(false);
            }
            OffsetDateTime date = OffsetDateTime.of(2024, 1, i + 1, 23, 30, 0, 0, ZoneOffset.ofHours(-5));
            inbox.append(corpus.get(i).bytes(), i < FLAGS.size() ? FLAGS.get(i) : List.of(), date);
        }
        view.flush(true);
    }

    private List<Long> search(SearchKey... keys) {
        return Search.run(view, List.of(keys)).sequenceNumbers();
    }

    private static SearchKey text(TextField field, String value) {
        return new SearchKey.Text(field, value);
    }

    private static SearchKey date(DateField field, int year, int month, int day) {
        return new SearchKey.Date(field, LocalDate.of(year, month, day));
    }

    @Test
    void flagKeys() {
        assertEquals(14, search(Flag.ALL).size());
        assertEquals(List.of(1L, 2L), search(Flag.SEEN));
        assertEquals(12, search(Flag.UNSEEN).size());
        assertEquals(List.of(2L), search(Flag.FLAGGED));
        assertEquals(List.of(3L), search(Flag.ANSWERED));
        assertEquals(List.of(4L), search(Flag.DELETED));
        assertEquals(List.of(5L), search(Flag.DRAFT));
        assertEquals(13, search(Flag.UNDELETED).size());
        assertEquals(List.of(6L), search(new SearchKey.Keyword("$LABEL", false)));
        assertEquals(13, search(new SearchKey.Keyword("$label", true)).size());
    }

    @Test
    void recentNewOld() {
        assertEquals(List.of(13L, 14L), search(Flag.RECENT));
        assertEquals(List.of(13L, 14L), search(Flag.NEW));
        assertEquals(12, search(Flag.OLD).size());
        view.store(List.of(14L), StoreMode.ADD, List.of("\\Seen"), null);
        assertEquals(List.of(13L), search(Flag.NEW));
    }

    @Test
    void addressAndSubjectKeysMatchDecodedHeaders() {
        assertEquals(List.of(2L), search(text(TextField.FROM, "CAROL")));
        assertEquals(List.of(6L), search(text(TextField.FROM, "andré")), "RFC 2047 Q, ISO-8859-1");
        assertEquals(List.of(6L), search(text(TextField.TO, "MICHAŁ")), "RFC 2047 B, UTF-8");
        assertEquals(List.of(6L), search(text(TextField.SUBJECT, "grüße aus")));
        assertEquals(List.of(10L), search(text(TextField.SUBJECT, "enough to be folded")), "unfolded");
        assertEquals(List.of(8L), search(text(TextField.CC, "olivia@")));
        assertEquals(List.of(11L), search(text(TextField.BCC, "zack")));
        assertEquals(List.of(), search(text(TextField.FROM, "nobody-at-all")));
    }

    @Test
    void bodyAndTextKeysMatchDecodedText() {
        assertEquals(List.of(3L), search(text(TextField.BODY, "CAFÉ opening")), "QP in ISO-8859-1");
        assertEquals(List.of(6L), search(text(TextField.BODY, "zürich")), "base64 UTF-8");
        assertEquals(List.of(7L), search(text(TextField.BODY, "HYVÄÄ PÄIVÄÄ")), "8bit UTF-8");
        assertEquals(List.of(4L), search(text(TextField.BODY, "ship on monday")), "inside a forwarded message");
        assertEquals(List.of(), search(text(TextField.BODY, "binary notes")), "application/* is not text");
        assertEquals(List.of(), search(text(TextField.BODY, "mallory")), "BODY excludes the header");
        assertEquals(List.of(8L), search(text(TextField.TEXT, "mallory")), "TEXT includes it");
        assertEquals(List.of(1L), search(text(TextField.TEXT, "lunch on friday")));
    }

    @Test
    void headerKey() {
        assertEquals(List.of(10L), search(new SearchKey.Header("x-custom-header", "TWO")));
        assertEquals(List.of(14L), search(new SearchKey.Header("Content-MD5", "")), "empty = field present");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 10L, 11L), search(new SearchKey.Header("Message-ID", "")));
    }

    @Test
    void sizeKeys() {
        assertEquals(List.of(2L), search(new SearchKey.Size(true, 1000)));
        assertEquals(List.of(9L, 12L), search(new SearchKey.Size(false, 100)));
        assertEquals(List.of(), search(new SearchKey.Size(true, 1399)), "LARGER is strict");
    }

    @Test
    void internalDatesUseTheirOwnZone() {
        assertEquals(List.of(1L), search(date(DateField.ON, 2024, 1, 1)), "23:30 -05:00 is still Jan 1 there");
        assertEquals(List.of(1L, 2L), search(date(DateField.BEFORE, 2024, 1, 3)));
        assertEquals(List.of(14L), search(date(DateField.SINCE, 2024, 1, 14)));
        assertEquals(List.of(), search(date(DateField.ON, 2024, 1, 15)));
    }

    @Test
    void sentDatesUseTheDateHeaderOrElseTheInternalDate() {
        assertEquals(List.of(1L), search(date(DateField.SENTON, 1994, 2, 7)));
        assertEquals(List.of(1L), search(date(DateField.SENTBEFORE, 2000, 1, 1)));
        assertEquals(List.of(9L, 12L, 13L, 14L), search(date(DateField.SENTSINCE, 2023, 6, 1)),
                "09 has no Date: and is dated by its internal date, 2024-01-09 (RFC 5256 §2.2)");
        assertEquals(List.of(9L), search(date(DateField.SENTON, 2024, 1, 9)));
        assertEquals(14, search(date(DateField.SENTBEFORE, 2100, 1, 1)).size());
    }

    @Test
    void sequenceAndUidSets() {
        assertEquals(List.of(2L, 3L, 4L, 14L), search(new SearchKey.Sequence(SequenceSet.parse("2:4,*"))));
        assertEquals(List.of(14L), search(new SearchKey.Uid(SequenceSet.parse("100:*"))));
        assertEquals(List.of(13L, 14L), search(new SearchKey.Uid(SequenceSet.parse("13:20"))));
    }

    @Test
    void booleanCombinations() {
        SearchKey seenOrFlagged = new SearchKey.Or(Flag.SEEN, Flag.FLAGGED);
        assertEquals(List.of(1L, 2L), search(seenOrFlagged));
        assertEquals(List.of(1L), search(seenOrFlagged, new SearchKey.Not(Flag.FLAGGED)));
        assertEquals(List.of(3L, 6L), search(new SearchKey.Or(Flag.ANSWERED,
                new SearchKey.And(List.of(new SearchKey.Keyword("$label", false), Flag.UNSEEN)))));
        assertEquals(List.of(), search(Flag.SEEN, Flag.UNSEEN));
    }

    @Test
    void modSeqKeyReportsTheHighestModSeqOfTheMatches() {
        long before = inbox.status().highestModSeq();
        view.store(List.of(5L, 7L), StoreMode.ADD, List.of("$Touched"), null);
        Search.Result r = Search.run(view, List.of(new SearchKey.ModSeq(null, null, before + 1)));
        assertEquals(List.of(5L, 7L), r.sequenceNumbers());
        assertEquals(before + 1, r.highestModSeq());
        assertNull(Search.run(view, List.of(Flag.ALL)).highestModSeq(), "only when MODSEQ was searched");
        assertNull(Search.run(view, List.of(new SearchKey.ModSeq(null, null, 1_000_000))).highestModSeq());
    }

    @Test
    void messagesExpungedElsewhereStillCountUntilReported() {
        MailboxView other = inbox.open(false);
        other.expunge(null); // message 4 is \Deleted
        assertEquals(List.of(4L), search(Flag.DELETED));
        assertEquals(List.of(14L), search(new SearchKey.Sequence(SequenceSet.parse("*"))));
        view.flush(true);
        assertEquals(List.of(), search(Flag.DELETED));
        assertEquals(List.of(13L), search(new SearchKey.Sequence(SequenceSet.parse("*"))));
    }

    @Test
    void charsets() {
        assertTrue(Search.supportsCharset(null));
        assertTrue(Search.supportsCharset("utf-8"));
        assertTrue(Search.supportsCharset("US-ASCII"));
        assertTrue(Search.supportsCharset("ascii"));
        assertFalse(Search.supportsCharset("ISO-8859-1"));
        assertFalse(Search.supportsCharset("x-no-such-charset"));
        assertFalse(Search.supportsCharset("bad charset name"));
    }
}
