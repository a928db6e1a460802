package org.imapharness.server.selected;

import static org.imapharness.server.selected.SelectedFixture.assertNoExpunge;
import static org.imapharness.server.selected.SelectedFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute.Simple;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.Test;

/** Two sessions on one mailbox: what one does reaches the other only when RFC 3501 §7.4.1 allows. */
class TwoSessionsTest {
    private final SelectedFixture f = new SelectedFixture();
    private final SelectedFixture.Session a = f.select();
    private final SelectedFixture.Session b = f.select();

    private void expungeInA(String set) {
        a.ok(StoreCommandTest.store(false, set, StoreMode.ADD, true, null, Flags.DELETED));
        a.ok(new Command.Expunge(null));
    }

    @Test
    void fetchStoreAndSearchInTheOtherSessionNeverSendExpunge() {
        expungeInA("3");
        assertNoExpunge(b.ok(FetchCommandTest.fetch("1:*", Simple.UID)).untagged());
        assertNoExpunge(b.ok(FetchCommandTest.uidFetch("1:*", Simple.FLAGS)).untagged());
        assertNoExpunge(b.ok(StoreCommandTest.store(false, "1", StoreMode.ADD, false, null, Flags.SEEN)).untagged());
        assertNoExpunge(b.ok(SearchCommandTest.search(false, SearchKey.Flag.ALL)).untagged());
        assertEquals(14, b.view().exists(), "numbers stay put until EXPUNGE can be sent");
        assertEquals(List.of(new UntaggedResponse.Expunge(3)), only(b.noop(), UntaggedResponse.Expunge.class));
        assertEquals(13, b.view().exists());
    }

    @Test
    void aMessageExpungedElsewhereIsStillFetchableUntilItsExpungeIsSent() {
        expungeInA("3");
        UntaggedResponse.Fetch r = only(b.ok(FetchCommandTest.fetch("3", Simple.UID, Simple.RFC822_SIZE)),
                UntaggedResponse.Fetch.class).get(0);
        assertEquals(3, r.get(MessageAttribute.Uid.class).uid());
    }

    @Test
    void flagChangesInOneSessionReachTheOtherAfterItsNextCommand() {
        a.ok(StoreCommandTest.store(false, "2", StoreMode.ADD, false, null, Flags.FLAGGED));
        List<UntaggedResponse.Fetch> pushed = only(b.noop(), UntaggedResponse.Fetch.class);
        assertEquals(1, pushed.size());
        assertEquals(2, pushed.get(0).sequenceNumber());
        assertTrue(pushed.get(0).get(MessageAttribute.Flags.class).flags().contains(Flags.FLAGGED));
        UntaggedResponse.Fetch fetched = only(b.ok(FetchCommandTest.fetch("2", Simple.FLAGS)),
                UntaggedResponse.Fetch.class).get(0);
        assertTrue(fetched.get(MessageAttribute.Flags.class).flags().contains(Flags.FLAGGED));
    }

    @Test
    void moveInOneSessionIsAnExpungeForTheOther() {
        a.ok(new Command.Move(false, SequenceSet.of(1), "Archive"));
        assertEquals(List.of(new UntaggedResponse.Expunge(1)), only(b.noop(), UntaggedResponse.Expunge.class));
    }

    @Test
    void qresyncSessionLearnsOfOtherExpungesAsVanished() {
        SelectedFixture.Session q = f.open(false, true, true);
        expungeInA("5:6");
        assertEquals(List.of(new UntaggedResponse.Vanished(false, SequenceSet.range(5, 6))),
                only(q.noop(), UntaggedResponse.Vanished.class));
    }
}
