package org.imapharness.server.selected;

import static org.imapharness.server.selected.SelectedFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.Test;

class StoreCommandTest {
    private final SelectedFixture f = new SelectedFixture();
    private final SelectedFixture.Session s = f.select();

    static Command.Store store(boolean uid, String set, StoreMode mode, boolean silent, Long unchangedSince,
                               String... flags) {
        return new Command.Store(uid, SequenceSet.parse(set), mode, silent, List.of(flags), unchangedSince);
    }

    @Test
    void addReportsTheNewFlagsOfEveryAddressedMessage() {
        List<UntaggedResponse.Fetch> r = only(s.ok(store(false, "2:3", StoreMode.ADD, false, null, Flags.FLAGGED)),
                UntaggedResponse.Fetch.class);
        assertEquals(List.of(2L, 3L), r.stream().map(UntaggedResponse.Fetch::sequenceNumber).toList());
        assertEquals(List.of(Flags.FLAGGED, Flags.RECENT), r.get(0).get(MessageAttribute.Flags.class).flags());
        assertNull(r.get(0).get(MessageAttribute.Uid.class), "plain STORE without CONDSTORE: FLAGS only");
        assertTrue(f.inbox.messages(List.of(2L, 3L)).stream().allMatch(m -> m.flags().contains(Flags.FLAGGED)));
    }

    @Test
    void replaceAndRemoveChangeTheFlagSet() {
        s.ok(store(false, "1", StoreMode.REPLACE, true, null, Flags.SEEN, "$Label"));
        assertEquals(List.of(Flags.SEEN, "$Label"), f.inbox.messages(List.of(1L)).get(0).flags().toList());
        s.ok(store(false, "1", StoreMode.REMOVE, true, null, Flags.SEEN));
        assertEquals(List.of("$Label"), f.inbox.messages(List.of(1L)).get(0).flags().toList());
    }

    @Test
    void silentSendsNothingWithoutCondstore() {
        Outcome o = s.ok(store(false, "1:*", StoreMode.ADD, true, null, Flags.SEEN));
        assertTrue(only(o, UntaggedResponse.Fetch.class).isEmpty(), o.untagged().toString());
    }

    @Test
    void uidStoreRepliesCarryTheUid() {
        UntaggedResponse.Fetch r = only(s.ok(store(true, "5", StoreMode.ADD, false, null, Flags.ANSWERED)),
                UntaggedResponse.Fetch.class).get(0);
        assertEquals(5, r.sequenceNumber());
        assertEquals(5, r.get(MessageAttribute.Uid.class).uid());
    }

    @Test
    void readOnlyMailboxRefusesStore() {
        Outcome o = f.examine().run(store(false, "1", StoreMode.ADD, false, null, Flags.SEEN));
        assertEquals(StatusCondition.NO, o.status());
        assertTrue(f.inbox.messages(List.of(1L)).get(0).flags().isEmpty());
    }

    @Test
    void sequenceNumberBeyondTheMailboxIsBad() {
        assertEquals(StatusCondition.BAD, s.run(store(false, "1:20", StoreMode.ADD, false, null, Flags.SEEN)).status());
        assertTrue(f.inbox.messages(List.of(1L)).get(0).flags().isEmpty(), "nothing changed");
    }

    @Test
    void unchangedSinceStoresWhatIsUnchangedAndReportsTheRestAsModified() {
        long mark = f.inbox.status().highestModSeq();
        f.inbox.store(List.of(3L), StoreMode.ADD, List.of(Flags.FLAGGED), null, null); // another client
        Outcome o = s.ok(store(false, "2:4", StoreMode.ADD, false, mark, Flags.SEEN));
        assertEquals(new ResponseCode.Modified(SequenceSet.of(3)), o.code());
        List<UntaggedResponse.Fetch> r = only(o, UntaggedResponse.Fetch.class).stream()
                .filter(x -> x.get(MessageAttribute.Flags.class).flags().contains(Flags.SEEN)).toList();
        assertEquals(List.of(2L, 4L), r.stream().map(UntaggedResponse.Fetch::sequenceNumber).toList());
        assertTrue(r.stream().allMatch(x -> x.get(MessageAttribute.ModSeq.class).modSeq() > mark));
        assertTrue(!f.inbox.messages(List.of(3L)).get(0).flags().contains(Flags.SEEN));
    }

    @Test
    void uidStoreReportsModifiedAsUids() {
        f.inbox.store(List.of(7L), StoreMode.ADD, List.of(Flags.FLAGGED), null, null);
        s.noop();
        Outcome o = s.ok(store(true, "6:7", StoreMode.ADD, true, 0L + f.inbox.status().highestModSeq() - 1,
                Flags.SEEN));
        assertEquals(new ResponseCode.Modified(SequenceSet.of(7)), o.code());
    }

    @Test
    void silentUnderCondstoreStillReportsUidAndModSeqOfChangedMessages() {
        long mark = f.inbox.status().highestModSeq();
        Outcome o = s.ok(store(false, "1:2", StoreMode.ADD, true, mark, Flags.DELETED));
        List<UntaggedResponse.Fetch> r = only(o, UntaggedResponse.Fetch.class);
        assertEquals(2, r.size(), "RFC 7162 §3.1.3: FETCH even with .SILENT");
        assertNull(r.get(0).get(MessageAttribute.Flags.class));
        assertEquals(1, r.get(0).get(MessageAttribute.Uid.class).uid());
        assertEquals(f.inbox.messages(List.of(1L)).get(0).modSeq(), r.get(0).get(MessageAttribute.ModSeq.class).modSeq());
    }

    @Test
    void ownChangesAreNotEchoedAgainByTheNextFlush() {
        s.ok(store(false, "1", StoreMode.ADD, false, null, Flags.SEEN));
        assertTrue(only(s.noop(), UntaggedResponse.Fetch.class).isEmpty());
    }
}
