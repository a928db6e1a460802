package org.imapharness.server.store;

import static org.imapharness.server.store.Messages.append;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.protocol.command.StoreMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** APPEND, STORE, EXPUNGE, COPY, MOVE, STATUS on one account (RFC 3501 §6.3–6.4, 4315, 6851, 7162). */
class MailboxOperationsTest {
    private Account account;
    private Mailbox inbox;

    @BeforeEach
    void setUp() {
        account = MailStore.inMemory().account("alice");
        inbox = account.mailbox("INBOX");
    }

    @Test
    void appendAssignsAscendingUidsAndKeepsBytes() {
        AppendResult first = inbox.append(Messages.text("one"), List.of(), Messages.DATE);
        AppendResult second = inbox.append(Messages.text("two"), List.of("\\Seen"), Messages.DATE);
        assertEquals(1, first.uid());
        assertEquals(2, second.uid());
        assertEquals(inbox.uidValidity(), first.uidValidity());
        StoredMessage m = inbox.messages(List.of(1L)).get(0);
        assertArrayEquals(Messages.text("one"), m.content().toByteArray());
        assertEquals(Messages.DATE, m.internalDate());
        MailboxStatus s = inbox.status();
        assertEquals(new MailboxStatus(2, 2, 3, inbox.uidValidity(), 1, 3), s);
    }

    @Test
    void uidsAreNeverReusedAfterExpungingTheLast() {
        append(inbox, "a", "\\Deleted");
        assertEquals(List.of(1L), inbox.expunge(null));
        assertEquals(2, append(inbox, "b"));
        assertEquals(3, inbox.status().uidNext());
    }

    @Test
    void storeModesAndCaseInsensitiveFlags() {
        append(inbox, "a");
        StoreResult r = inbox.store(List.of(1L), StoreMode.ADD, List.of("\\seen", "$Work"), null, null);
        assertEquals(List.of(1L), r.changedUids());
        assertEquals(List.of("\\Seen", "$Work"), r.matched().get(0).flags().toList());
        r = inbox.store(List.of(1L), StoreMode.ADD, List.of("\\SEEN", "$WORK"), null, null);
        assertEquals(List.of(), r.changedUids(), "no real change");
        assertEquals(List.of("\\Seen", "$Work"), r.matched().get(0).flags().toList(), "first spelling kept");
        r = inbox.store(List.of(1L), StoreMode.REMOVE, List.of("$work"), null, null);
        assertEquals(List.of("\\Seen"), r.matched().get(0).flags().toList());
        r = inbox.store(List.of(1L, 99L), StoreMode.REPLACE, List.of("\\Flagged", "\\Recent", "\\Bogus"), null, null);
        assertEquals(List.of("\\Flagged"), r.matched().get(0).flags().toList(), "\\Recent and unknown system flags dropped");
        assertEquals(1, r.matched().size(), "missing UIDs ignored");
        assertTrue(inbox.definedFlags().contains("$Work"), "keywords stay defined");
    }

    @Test
    void everyChangeRaisesTheModSeqButNoOpsDoNot() {
        append(inbox, "a");
        append(inbox, "b");
        long afterAppends = inbox.status().highestModSeq();
        inbox.store(List.of(1L, 2L), StoreMode.ADD, List.of("\\Seen"), null, null);
        long afterStore = inbox.status().highestModSeq();
        assertTrue(afterStore > afterAppends);
        assertEquals(afterStore, inbox.messages(List.of(1L)).get(0).modSeq());
        assertEquals(afterStore, inbox.messages(List.of(2L)).get(0).modSeq());
        inbox.store(List.of(1L), StoreMode.ADD, List.of("\\Seen"), null, null);
        assertEquals(afterStore, inbox.status().highestModSeq());
        assertEquals(List.of(), inbox.expunge(null), "nothing \\Deleted");
        assertEquals(afterStore, inbox.status().highestModSeq());
        inbox.store(List.of(2L), StoreMode.ADD, List.of("\\Deleted"), null, null);
        inbox.expunge(null);
        long afterExpunge = inbox.status().highestModSeq();
        assertTrue(afterExpunge > afterStore + 1);
        assertEquals(List.of(2L), inbox.expungedSince(afterStore));
        assertEquals(List.of(), inbox.expungedSince(afterExpunge));
        assertEquals(List.of(1L), inbox.changedSince(afterAppends).stream().map(StoredMessage::uid).toList());
    }

    @Test
    void unchangedSinceReportsModifiedMessages() {
        append(inbox, "a");
        append(inbox, "b");
        long base = inbox.status().highestModSeq();
        inbox.store(List.of(2L), StoreMode.ADD, List.of("$x"), null, null);
        StoreResult r = inbox.store(List.of(1L, 2L), StoreMode.ADD, List.of("\\Flagged"), base, null);
        assertEquals(List.of(2L), r.modifiedUids());
        assertEquals(List.of(1L), r.changedUids());
        assertTrue(inbox.messages(List.of(2L)).get(0).flags().keywords().contains("$x"));
        assertEquals(List.of(1L, 2L), inbox.store(List.of(1L, 2L), StoreMode.ADD, List.of("\\Seen"), 0L, null)
                .modifiedUids(), "UNCHANGEDSINCE 0 fails every message");
    }

    @Test
    void uidExpungeOnlyTouchesTheGivenDeletedMessages() {
        append(inbox, "a", "\\Deleted");
        append(inbox, "b", "\\Deleted");
        append(inbox, "c");
        assertEquals(List.of(2L), inbox.expunge(List.of(2L, 3L)));
        assertEquals(List.of(1L), inbox.expunge(null));
        assertEquals(1, inbox.status().messages());
    }

    @Test
    void copyKeepsFlagsAndDatesAndReportsUids() {
        Mailbox archive = account.mailbox("Archive");
        append(archive, "existing");
        append(inbox, "a", "\\Seen", "$Label");
        append(inbox, "b", "\\Deleted");
        CopyResult r = inbox.copyTo(List.of(2L, 1L, 7L), archive);
        assertEquals(new CopyResult(archive.uidValidity(), List.of(1L, 2L), List.of(2L, 3L)), r);
        StoredMessage copy = archive.messages(List.of(2L)).get(0);
        assertEquals(List.of("\\Seen", "$Label"), copy.flags().toList());
        assertEquals(Messages.DATE, copy.internalDate());
        assertEquals(2, inbox.status().messages());
        assertEquals(3, archive.status().recent());
    }

    @Test
    void moveRemovesTheOriginalsAtomically() {
        Mailbox trash = account.mailbox("Trash");
        append(inbox, "a");
        append(inbox, "b");
        CopyResult r = inbox.moveTo(List.of(1L, 2L), trash);
        assertEquals(List.of(1L, 2L), r.destinationUids());
        assertEquals(0, inbox.status().messages());
        assertEquals(List.of(1L, 2L), inbox.expungedSince(0));
        CopyResult self = trash.moveTo(List.of(1L), trash);
        assertEquals(List.of(3L), self.destinationUids());
        assertEquals(2, trash.status().messages());
    }

    @Test
    void operationsOnMissingMailboxesFail() {
        StoreException e = assertThrows(StoreException.class, () -> account.mailbox("Nope"));
        assertEquals(StoreException.Reason.NONEXISTENT, e.reason());
        account.create("Temp");
        Mailbox temp = account.mailbox("Temp");
        account.delete("Temp");
        e = assertThrows(StoreException.class, () -> temp.append(Messages.text("x"), List.of(), Messages.DATE));
        assertEquals(StoreException.Reason.NONEXISTENT, e.reason());
        append(inbox, "a");
        e = assertThrows(StoreException.class, () -> inbox.copyTo(List.of(1L), temp));
        assertEquals(StoreException.Reason.NONEXISTENT, e.reason(), "TRYCREATE case");
    }
}
