package org.imapharness.server.selected;

import static org.imapharness.server.selected.SelectedFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.Test;

class ExpungeCommandTest {
    private final SelectedFixture f = new SelectedFixture();
    private final SelectedFixture.Session s = f.select();

    private void delete(Long... uids) {
        f.inbox.store(List.of(uids), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        s.noop();
    }

    @Test
    void expungeNumbersEachResponseAfterThePreviousRemoval() {
        delete(2L, 3L, 5L);
        Outcome o = s.ok(new Command.Expunge(null));
        assertEquals(List.of(new UntaggedResponse.Expunge(2), new UntaggedResponse.Expunge(2),
                new UntaggedResponse.Expunge(3)), only(o, UntaggedResponse.Expunge.class));
        assertEquals(11, s.view().exists());
        UntaggedResponse.Fetch last = only(s.ok(FetchCommandTest.fetch("*", FetchAttribute.Simple.UID)),
                UntaggedResponse.Fetch.class).get(0);
        assertEquals(11, last.sequenceNumber());
        assertEquals(14, last.get(MessageAttribute.Uid.class).uid());
    }

    @Test
    void uidExpungeRemovesOnlyDeletedMessagesOfTheSet() {
        delete(2L, 3L, 9L);
        Outcome o = s.ok(new Command.Expunge(SequenceSet.parse("1:4")));
        assertEquals(2, only(o, UntaggedResponse.Expunge.class).size());
        assertEquals(List.of(1L, 4L, 9L), f.inbox.messages(List.of(1L, 2L, 3L, 4L, 9L)).stream()
                .map(m -> m.uid()).toList());
    }

    @Test
    void expungeUnderQresyncSendsVanished() {
        SelectedFixture.Session q = f.open(false, true, true);
        f.inbox.store(List.of(4L, 5L, 6L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        q.noop();
        Outcome o = q.ok(new Command.Expunge(null));
        assertEquals(List.of(new UntaggedResponse.Vanished(false, SequenceSet.range(4, 6))),
                only(o, UntaggedResponse.Vanished.class));
        assertTrue(only(o, UntaggedResponse.Expunge.class).isEmpty());
        assertEquals(new ResponseCode.HighestModSeq(f.inbox.status().highestModSeq()), o.code());
    }

    @Test
    void expungeWithoutCondstoreHasNoResponseCode() {
        delete(1L);
        assertNull(s.ok(new Command.Expunge(null)).code());
    }

    @Test
    void readOnlyMailboxRefusesExpunge() {
        delete(1L);
        assertEquals(StatusCondition.NO, f.examine().run(new Command.Expunge(null)).status());
        assertEquals(14, f.inbox.status().messages());
    }
}
