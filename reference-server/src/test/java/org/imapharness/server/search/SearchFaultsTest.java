package org.imapharness.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.store.MailStore;
import org.imapharness.server.store.MailboxView;
import org.imapharness.server.store.Mailbox;
import org.junit.jupiter.api.Test;

/** The search fault switches (DESIGN.md §6) each break one rule of RFC 3501 §6.4.4. */
class SearchFaultsTest {

    private static MailboxView oneMessage() {
        Mailbox inbox = MailStore.inMemory().account("s").mailbox("INBOX");
        inbox.append("Subject: Hello World\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII), List.of(),
                OffsetDateTime.of(2024, 2, 2, 8, 0, 0, 0, ZoneOffset.UTC));
        return inbox.open(false);
    }

    private static int count(MailboxView view, SearchKey key, FaultSet faults) {
        return Search.run(view, List.of(key), faults).matches().size();
    }

    @Test
    void sinceExclusive() {
        MailboxView v = oneMessage();
        SearchKey since = new SearchKey.Date(SearchKey.DateField.SINCE, LocalDate.of(2024, 2, 2));
        assertEquals(1, count(v, since, FaultSet.none()));
        assertEquals(0, count(v, since, FaultSet.of(Fault.SEARCH_SINCE_EXCLUSIVE)));
    }

    @Test
    void notCaseInsensitive() {
        MailboxView v = oneMessage();
        SearchKey subject = new SearchKey.Text(SearchKey.TextField.SUBJECT, "hello world");
        assertEquals(1, count(v, subject, FaultSet.none()));
        assertEquals(0, count(v, subject, FaultSet.of(Fault.SEARCH_NOT_CASE_INSENSITIVE)));
    }

    @Test
    void sizeInclusive() {
        MailboxView v = oneMessage();
        long size = v.all().get(0).message().content().size();
        for (boolean larger : new boolean[] {true, false}) {
            SearchKey exact = new SearchKey.Size(larger, size);
            assertEquals(0, count(v, exact, FaultSet.none()));
            assertEquals(1, count(v, exact, FaultSet.of(Fault.SEARCH_SIZE_INCLUSIVE)));
        }
    }

    @Test
    void headerWholeValue() {
        MailboxView v = oneMessage();
        SearchKey part = new SearchKey.Header("Subject", "lo wor");
        assertEquals(1, count(v, part, FaultSet.none()));
        assertEquals(0, count(v, part, FaultSet.of(Fault.SEARCH_HEADER_WHOLE_VALUE)));
        assertEquals(1, count(v, new SearchKey.Header("Subject", "hello world"), FaultSet.of(Fault.SEARCH_HEADER_WHOLE_VALUE)));
    }

    @Test
    void dateUsesSentDate() {
        Mailbox inbox = MailStore.inMemory().account("s").mailbox("INBOX");
        inbox.append("Date: Mon, 1 Mar 2010 12:00:00 +0000\r\n\r\nx\r\n".getBytes(StandardCharsets.US_ASCII), List.of(),
                OffsetDateTime.of(2024, 2, 2, 8, 0, 0, 0, ZoneOffset.UTC));
        MailboxView v = inbox.open(false);
        SearchKey on = new SearchKey.Date(SearchKey.DateField.ON, LocalDate.of(2024, 2, 2));
        assertEquals(1, count(v, on, FaultSet.none()));
        assertEquals(0, count(v, on, FaultSet.of(Fault.SEARCH_DATE_USES_SENT_DATE)));
    }

    @Test
    void notTakesRest() {
        MailboxView v = oneMessage();
        // NOT SEEN SMALLER 1: (NOT SEEN) and (SMALLER 1) matches nothing; NOT (SEEN SMALLER 1) matches.
        List<SearchKey> keys = List.of(new SearchKey.Not(SearchKey.Flag.SEEN), new SearchKey.Size(false, 1));
        assertEquals(0, Search.run(v, keys, FaultSet.none()).matches().size());
        assertEquals(1, Search.run(v, keys, FaultSet.of(Fault.SEARCH_NOT_TAKES_REST)).matches().size());
    }
}
