package org.imapharness.server.store;

import static org.imapharness.server.store.Messages.append;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.junit.jupiter.api.Test;

/** Each store fault switch (DESIGN.md §6) breaks exactly its rule; without it the rule holds. */
class StoreFaultsTest {

    private static Mailbox inbox(Fault... faults) {
        return MailStore.inMemory(FaultSet.of(faults)).account("f").mailbox("INBOX");
    }

    private static long uidAfterExpungingTheLast(Mailbox box) {
        append(box, "a");
        append(box, "b", "\\Deleted");
        box.expunge(null);
        return append(box, "c");
    }

    @Test
    void uidReuse() {
        assertEquals(3, uidAfterExpungingTheLast(inbox()));
        assertEquals(2, uidAfterExpungingTheLast(inbox(Fault.UID_REUSE)));
    }

    @Test
    void uidNextStale() {
        Mailbox box = inbox(Fault.UIDNEXT_STALE);
        append(box, "a");
        assertEquals(1, box.status().uidNext());
        assertEquals(1, box.open(false).opening().uidNext());
        Mailbox good = inbox();
        append(good, "a");
        assertEquals(2, good.status().uidNext());
    }

    @Test
    void uidValidityReused() {
        for (boolean faulty : List.of(false, true)) {
            Account a = MailStore.inMemory(faulty ? FaultSet.of(Fault.UIDVALIDITY_REUSED) : FaultSet.none())
                    .account("f");
            a.create("X");
            long before = a.mailbox("X").uidValidity();
            a.delete("X");
            a.create("X");
            if (faulty) {
                assertEquals(before, a.mailbox("X").uidValidity());
            } else {
                assertNotEquals(before, a.mailbox("X").uidValidity());
            }
        }
    }

    @Test
    void modSeqNotIncreased() {
        Mailbox box = inbox(Fault.MODSEQ_NOT_INCREASED);
        append(box, "a");
        long before = box.messages(List.of(1L)).get(0).modSeq();
        StoreResult r = box.store(List.of(1L), StoreMode.ADD, List.of("\\Seen"), null, null);
        assertEquals(List.of(1L), r.changedUids());
        assertEquals(before, box.messages(List.of(1L)).get(0).modSeq());
        assertEquals(before, box.status().highestModSeq());
    }
}
