package org.imapharness.server.store;

import static org.imapharness.server.store.Messages.append;
import static org.imapharness.server.store.Messages.uids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse.Exists;
import org.imapharness.protocol.response.UntaggedResponse.Expunge;
import org.imapharness.protocol.response.UntaggedResponse.Fetch;
import org.imapharness.protocol.response.UntaggedResponse.Recent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-session views: sequence numbers, \Recent, and when updates may be sent (RFC 3501 §5.2, §5.5, §7.4.1). */
class MailboxViewTest {
    private Mailbox inbox;

    @BeforeEach
    void setUp() {
        inbox = MailStore.inMemory().account("carol").mailbox("INBOX");
    }

    private void fill(int n) {
        for (int i = 1; i <= n; i++) {
            append(inbox, "m" + i);
        }
    }

    private void delete(long... uids) {
        for (long uid : uids) {
            inbox.store(List.of(uid), StoreMode.ADD, List.of("\\Deleted"), null, null);
        }
    }

    private static Fetch fetch(long seq, List<MessageAttribute> attrs) {
        return new Fetch(seq, attrs);
    }

    private static MessageAttribute.Flags flags(String... f) {
        return new MessageAttribute.Flags(List.of(f));
    }

    @Test
    void openingReportsTheMailbox() {
        fill(3);
        inbox.store(List.of(1L), StoreMode.ADD, List.of("\\Seen"), null, null);
        MailboxView view = inbox.open(false);
        ViewOpening o = view.opening();
        assertEquals(3, o.exists());
        assertEquals(3, o.recent());
        assertEquals(2, o.firstUnseen());
        assertEquals(4, o.uidNext());
        assertEquals(inbox.uidValidity(), o.uidValidity());
        assertTrue(o.permanentFlags().contains("\\*"));
        assertEquals(List.of(), inbox.open(true).opening().permanentFlags());
        assertEquals(List.of(), view.flush(true));
    }

    @Test
    void recentBelongsToExactlyOneSession() {
        append(inbox, "before");
        MailboxView first = inbox.open(false);
        MailboxView second = inbox.open(false);
        MailboxView examiner = inbox.open(true);
        assertEquals(1, first.opening().recent());
        assertEquals(0, second.opening().recent());
        append(inbox, "after");
        assertEquals(List.of(new Exists(2), new Recent(2)), first.flush(true));
        assertEquals(List.of(new Exists(2), new Recent(0)), second.flush(true));
        assertEquals(List.of(new Exists(2), new Recent(0)), examiner.flush(true));
        assertTrue(first.bySequence(SequenceSet.of(2)).get(0).recent());
        assertEquals(List.of("\\Recent"), first.bySequence(SequenceSet.of(2)).get(0).wireFlags());
        assertEquals(2, inbox.status().recent());
        first.close();
        assertEquals(0, inbox.status().recent(), "recent nowhere once its session left");
        MailboxView third = inbox.open(false);
        assertEquals(0, third.opening().recent());
    }

    @Test
    void recentWaitsForTheNextSelectWhenNobodyHasTheMailboxOpen() {
        append(inbox, "a");
        assertEquals(1, inbox.status().recent());
        assertEquals(1, inbox.open(false).opening().recent());
        assertEquals(0, inbox.open(false).opening().recent());
    }

    @Test
    void expungeIsHeldBackWhileNotAllowedAndNumbersStayStable() {
        fill(5);
        MailboxView a = inbox.open(false);
        MailboxView b = inbox.open(false);
        delete(2, 3, 4);
        b.expunge(null);
        assertEquals(List.of(), a.flush(false).stream().filter(r -> r instanceof Expunge).toList());
        assertEquals(5, a.exists());
        List<MessageRef> refs = a.bySequence(SequenceSet.range(1, 5));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), uids(refs));
        assertTrue(refs.get(2).expunged(), "still fetchable but known to be gone");
        assertEquals("m3", refs.get(2).message().content().envelope().subject());
        assertFalse(refs.get(4).expunged());
        List<UntaggedResponse> now = a.flush(true);
        assertEquals(List.of(new Expunge(2), new Expunge(2), new Expunge(2)), now);
        assertEquals(2, a.exists());
        assertEquals(List.of(1L, 5L), uids(a.all()));
        assertEquals(List.of(new Expunge(2), new Expunge(2), new Expunge(2)), b.flush(true), "the expunger too");
    }

    @Test
    void expungeNumbersAccountForEarlierExpunges() {
        fill(4);
        MailboxView v = inbox.open(false);
        delete(1, 3, 4);
        v.expunge(null);
        assertEquals(List.of(new Expunge(1), new Expunge(2), new Expunge(2)), v.flush(true));
        assertEquals(List.of(2L), uids(v.all()));
    }

    @Test
    void existsDuringHeldBackExpungesCountsTheExpungedMessages() {
        fill(3);
        MailboxView a = inbox.open(false);
        MailboxView b = inbox.open(false);
        delete(2);
        b.expunge(null);
        append(inbox, "new");
        assertEquals(List.of(new Exists(4), new Recent(4)), a.flush(false), "a claimed all four as recent");
        assertEquals(4, a.bySequence(SequenceSet.of(4)).get(0).sequence());
        assertEquals(4L, a.bySequence(SequenceSet.of(4)).get(0).uid());
        assertEquals(List.of(new Expunge(2)), a.flush(true));
        assertEquals(List.of(1L, 3L, 4L), uids(a.all()));
    }

    @Test
    void messagesAppendedAndExpungedBetweenFlushesAreNeverMentioned() {
        fill(1);
        MailboxView a = inbox.open(false);
        MailboxView b = inbox.open(false);
        append(inbox, "fleeting", "\\Deleted");
        b.expunge(null);
        assertEquals(List.of(), a.flush(true));
        assertEquals(1, a.exists());
    }

    @Test
    void newMessagesAreAddressableOnlyAfterExists() {
        fill(2);
        MailboxView a = inbox.open(false);
        append(inbox, "third");
        assertEquals(2, a.exists());
        StoreException e = assertThrows(StoreException.class, () -> a.bySequence(SequenceSet.of(3)));
        assertEquals(StoreException.Reason.INVALID_SEQUENCE, e.reason());
        assertEquals(List.of(2L), uids(a.byUid(SequenceSet.parse("2:*"))), "* is the last known UID");
        a.flush(false);
        assertEquals(List.of(3L), uids(a.bySequence(SequenceSet.parse("*"))));
    }

    @Test
    void sequenceAndUidSetResolution() {
        fill(6);
        MailboxView v = inbox.open(false);
        delete(2, 4);
        v.expunge(null);
        v.flush(true);
        assertEquals(List.of(1L, 3L, 5L, 6L), uids(v.all()));
        assertEquals(List.of(3L, 5L, 6L), uids(v.bySequence(SequenceSet.parse("2:*"))));
        assertEquals(List.of(1L, 6L), uids(v.bySequence(SequenceSet.parse("4,1,1"))));
        assertEquals(List.of(5L, 6L), uids(v.bySequence(SequenceSet.parse("*:3"))));
        assertEquals(List.of(3L, 5L), uids(v.byUid(SequenceSet.parse("2:5"))), "missing UIDs skipped");
        assertEquals(List.of(6L), uids(v.byUid(SequenceSet.parse("100:*"))), "n:* includes the last (§6.4.8)");
        assertEquals(List.of(), uids(v.byUid(SequenceSet.parse("100:200"))));
        assertEquals(4, v.bySequence(SequenceSet.parse("*")).get(0).sequence());
        assertEquals(3, v.sequenceOf(5));
        assertEquals(0, v.sequenceOf(2));
        assertThrows(StoreException.class, () -> v.bySequence(SequenceSet.parse("5")));
        MailboxView empty = MailStore.inMemory().account("x").mailbox("Trash").open(false);
        assertThrows(StoreException.class, () -> empty.bySequence(SequenceSet.parse("1:*")));
        assertEquals(List.of(), empty.byUid(SequenceSet.parse("1:*")));
    }

    @Test
    void flagChangesByOthersBecomeFetchesButOwnChangesDoNot() {
        fill(3);
        MailboxView a = inbox.open(false);
        MailboxView b = inbox.open(false);
        a.store(List.of(2L), StoreMode.ADD, List.of("\\Seen"), null);
        assertEquals(List.of(), a.flush(false));
        assertEquals(List.of(fetch(2, List.of(flags("\\Seen")))), b.flush(false));
        b.enableCondstore();
        a.store(List.of(3L), StoreMode.ADD, List.of("\\Flagged"), null);
        long modSeq = inbox.status().highestModSeq();
        assertEquals(List.of(fetch(3, List.of(flags("\\Flagged"), new MessageAttribute.Uid(3),
                new MessageAttribute.ModSeq(modSeq)))), b.flush(true));
        assertEquals(List.of("\\Seen"), a.bySequence(SequenceSet.of(2)).get(0).wireFlags().subList(0, 1));
    }

    @Test
    void recentFlagShowsInFetchUpdatesOfTheRecentSession() {
        MailboxView a = inbox.open(false);
        MailboxView b = inbox.open(false);
        append(inbox, "x");
        a.flush(true);
        b.flush(true);
        b.store(List.of(1L), StoreMode.ADD, List.of("\\Seen"), null);
        assertEquals(List.of(fetch(1, List.of(flags("\\Seen", "\\Recent")))), a.flush(true));
    }

    @Test
    void flagUpdatesUseNumbersAfterTheExpungesSentBeforeThem() {
        fill(4);
        inbox.open(false).close(); // takes \\Recent away, to keep the expected FLAGS short
        MailboxView a = inbox.open(false);
        MailboxView b = inbox.open(false);
        delete(1);
        b.expunge(null);
        b.store(List.of(4L), StoreMode.ADD, List.of("$Done"), null);
        List<UntaggedResponse> held = a.flush(false);
        assertTrue(held.contains(fetch(4, List.of(flags("$Done")))), "numbers before the expunge");
        b.store(List.of(3L), StoreMode.ADD, List.of("$Done"), null);
        List<UntaggedResponse> all = a.flush(true);
        assertEquals(List.of(new Expunge(1), fetch(2, List.of(flags("$Done")))), all);
    }

    @Test
    void newKeywordsAnnounceFlags() {
        fill(1);
        MailboxView a = inbox.open(false);
        inbox.store(List.of(1L), StoreMode.ADD, List.of("$Important"), null, null);
        List<UntaggedResponse> out = a.flush(true);
        assertEquals(new UntaggedResponse.Flags(List.of("\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft",
                "$Important")), out.get(0));
        assertEquals(2, out.size());
    }

    @Test
    void qresyncSendsVanishedInsteadOfExpunge() {
        fill(5);
        MailboxView a = inbox.open(false);
        a.enableQresync();
        delete(2, 3, 5);
        inbox.expunge(null);
        long highest = inbox.status().highestModSeq();
        assertEquals(List.of(new UntaggedResponse.Vanished(false, SequenceSet.parse("2:3,5")), highestModSeq(highest)),
                a.flush(true));
        assertEquals(2, a.exists());
    }

    /**
     * Bug found by interimap (InterimapIT): after an APPEND the server said EXISTS but never the new
     * HIGHESTMODSEQ, so the client's next QRESYNC started too early and saw its own messages as
     * changes. New and expunged messages carry no MODSEQ, so the code must come with them
     * (RFC 7162 §3.1.2.1) — but never while an EXPUNGE is held back (RFC 3501 §7.4.1), or the
     * value told would cover an expunge the client has not heard of.
     */
    @Test
    void condstoreSessionsAreToldTheNewHighestModSeqWithNewOrExpungedMessagesOnly() {
        fill(3);
        MailboxView plain = inbox.open(false);
        MailboxView condstore = inbox.open(false);
        condstore.enableCondstore();
        append(inbox, "m4");
        long afterAppend = inbox.status().highestModSeq();
        List<UntaggedResponse> toPlain = plain.flush(true);
        assertTrue(toPlain.contains(new UntaggedResponse.Exists(4)), toPlain::toString);
        assertTrue(toPlain.stream().noneMatch(r -> r instanceof UntaggedResponse.Status), toPlain::toString);
        List<UntaggedResponse> toCondstore = condstore.flush(true);
        assertEquals(List.of(new UntaggedResponse.Exists(4), new UntaggedResponse.Recent(0), highestModSeq(afterAppend)),
                toCondstore);
        assertEquals(List.of(), condstore.flush(true), "told once");

        delete(2);
        inbox.expunge(null);
        List<UntaggedResponse> heldBack = condstore.flush(false);
        assertTrue(heldBack.stream().noneMatch(r -> r instanceof UntaggedResponse.Status), heldBack::toString);
        List<UntaggedResponse> released = condstore.flush(true);
        assertEquals(highestModSeq(inbox.status().highestModSeq()), released.get(released.size() - 1), released::toString);
        assertTrue(released.contains(new UntaggedResponse.Expunge(2)), released::toString);
    }

    private static UntaggedResponse highestModSeq(long value) {
        return new UntaggedResponse.Status(StatusCondition.OK, new ResponseCode.HighestModSeq(value), "Highest");
    }

    @Test
    void readOnlyViewsRefuseChanges() {
        fill(1);
        MailboxView v = inbox.open(true);
        assertEquals(StoreException.Reason.NOT_ALLOWED, assertThrows(StoreException.class,
                () -> v.store(List.of(1L), StoreMode.ADD, List.of("\\Seen"), null)).reason());
        assertEquals(StoreException.Reason.NOT_ALLOWED, assertThrows(StoreException.class,
                () -> v.expunge(null)).reason());
    }

    @Test
    void deletionIsReported() {
        Account account = MailStore.inMemory().account("dan");
        account.create("Box");
        MailboxView v = account.mailbox("Box").open(false);
        assertFalse(v.mailboxDeleted());
        account.delete("Box");
        assertTrue(v.mailboxDeleted());
        v.close();
    }

    @Test
    void copyIntoAnOpenMailboxIsAnnounced() {
        Account account = MailStore.inMemory().account("erin");
        Mailbox src = account.mailbox("INBOX");
        Mailbox dst = account.mailbox("Archive");
        append(src, "a");
        append(src, "b");
        MailboxView watcher = dst.open(false);
        MailboxView mover = src.open(false);
        src.moveTo(List.of(1L, 2L), dst);
        assertEquals(List.of(new Exists(2), new Recent(2)), watcher.flush(true));
        assertEquals(List.of(new Expunge(1), new Expunge(1)), mover.flush(true));
    }

    @Test
    void wakeupRunsWhenSomethingIsQueued() {
        MailboxView v = inbox.open(false);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        v.onUpdate(calls::incrementAndGet);
        assertFalse(v.hasPendingUpdates());
        append(inbox, "ping");
        assertTrue(calls.get() > 0);
        assertTrue(v.hasPendingUpdates());
        v.flush(true);
        assertFalse(v.hasPendingUpdates());
    }
}
