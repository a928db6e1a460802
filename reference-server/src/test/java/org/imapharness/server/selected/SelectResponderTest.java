package org.imapharness.server.selected;

import static org.imapharness.server.selected.SelectedFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import org.imapharness.server.fault.FaultSet;
import org.junit.jupiter.api.Test;

class SelectResponderTest {
    private final SelectedFixture f = new SelectedFixture();

    private SelectResponder.Opened open(Command.Select select, boolean condstore, boolean qresync) {
        return SelectResponder.open(f.account, select, FaultSet.none(), condstore, qresync);
    }

    private static List<ResponseCode> codes(Outcome o) {
        return only(o, UntaggedResponse.Status.class).stream().map(UntaggedResponse.Status::code).toList();
    }

    @Test
    void selectReportsTheMailboxAndIsReadWrite() {
        long uidValidity = f.inbox.uidValidity();
        long highest = f.inbox.status().highestModSeq();
        Outcome o = open(new Command.Select("INBOX", false, false, null), false, false).outcome();

        assertEquals(StatusCondition.OK, o.status());
        assertInstanceOf(ResponseCode.ReadWrite.class, o.code());
        assertEquals(List.of(Flags.ANSWERED, Flags.FLAGGED, Flags.DELETED, Flags.SEEN, Flags.DRAFT),
                only(o, UntaggedResponse.Flags.class).get(0).flags());
        assertEquals(14, only(o, UntaggedResponse.Exists.class).get(0).count());
        assertEquals(14, only(o, UntaggedResponse.Recent.class).get(0).count(), "first session claims \\Recent");
        List<ResponseCode> codes = codes(o);
        assertTrue(codes.contains(new ResponseCode.Unseen(1)), codes.toString());
        assertTrue(codes.contains(new ResponseCode.UidValidity(uidValidity)));
        assertTrue(codes.contains(new ResponseCode.UidNext(15)));
        assertTrue(codes.contains(new ResponseCode.HighestModSeq(highest)), "RFC 7162 §3.1.2.1: always sent");
        ResponseCode.PermanentFlags permanent = codes.stream().filter(ResponseCode.PermanentFlags.class::isInstance)
                .map(ResponseCode.PermanentFlags.class::cast).findFirst().orElseThrow();
        assertTrue(permanent.flags().contains(Flags.ANY_KEYWORD));
    }

    @Test
    void examineIsReadOnlyWithNoPermanentFlags() {
        Outcome o = open(new Command.Select("INBOX", true, false, null), false, false).outcome();
        assertInstanceOf(ResponseCode.ReadOnly.class, o.code());
        assertTrue(codes(o).contains(new ResponseCode.PermanentFlags(List.of())));
        assertEquals(0, only(o, UntaggedResponse.Recent.class).get(0).count(), "EXAMINE claims no \\Recent");
    }

    @Test
    void unseenPointsAtTheFirstUnseenMessage() {
        f.inbox.store(List.of(1L, 2L), StoreMode.ADD, List.of(Flags.SEEN), null, null);
        Outcome o = open(new Command.Select("INBOX", false, false, null), false, false).outcome();
        assertTrue(codes(o).contains(new ResponseCode.Unseen(3)));
    }

    @Test
    void missingMailboxIsNoAndOpensNothing() {
        SelectResponder.Opened opened = open(new Command.Select("Nope", false, false, null), false, false);
        assertEquals(StatusCondition.NO, opened.outcome().status());
        assertNull(opened.view());
    }

    @Test
    void qresyncParameterWithoutEnableIsBad() {
        Command.Qresync q = new Command.Qresync(f.inbox.uidValidity(), 1, null, null, null);
        SelectResponder.Opened opened = open(new Command.Select("INBOX", false, false, q), true, false);
        assertEquals(StatusCondition.BAD, opened.outcome().status());
        assertNull(opened.view());
    }

    @Test
    void qresyncReportsVanishedEarlierAndChangedFlagsSinceTheClientsModSeq() {
        long known = f.inbox.status().highestModSeq();
        f.inbox.store(List.of(3L, 5L, 6L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        f.inbox.expunge(List.of(5L, 6L));
        f.inbox.store(List.of(9L), StoreMode.ADD, List.of(Flags.FLAGGED), null, null);

        Command.Qresync q = new Command.Qresync(f.inbox.uidValidity(), known, null, null, null);
        Outcome o = open(new Command.Select("INBOX", false, false, q), true, true).outcome();

        assertEquals(List.of(new UntaggedResponse.Vanished(true, SequenceSet.range(5, 6))),
                only(o, UntaggedResponse.Vanished.class));
        List<UntaggedResponse.Fetch> fetches = only(o, UntaggedResponse.Fetch.class);
        assertEquals(List.of(3L, 9L), fetches.stream().map(x -> x.get(MessageAttribute.Uid.class).uid()).toList());
        UntaggedResponse.Fetch nine = fetches.get(1);
        assertEquals(7, nine.sequenceNumber(), "two messages below UID 9 are gone");
        assertTrue(nine.get(MessageAttribute.Flags.class).flags().contains(Flags.FLAGGED));
        assertEquals(f.inbox.status().highestModSeq(), nine.get(MessageAttribute.ModSeq.class).modSeq());
        assertTrue(o.untagged().indexOf(only(o, UntaggedResponse.Vanished.class).get(0))
                < o.untagged().indexOf(fetches.get(0)), "VANISHED comes before the FETCHes");
    }

    @Test
    void qresyncKnownUidsLimitWhatIsReported() {
        long known = f.inbox.status().highestModSeq();
        f.inbox.store(List.of(2L, 8L, 9L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        f.inbox.expunge(List.of(2L, 8L));

        Command.Qresync q = new Command.Qresync(f.inbox.uidValidity(), known, SequenceSet.range(5, 14), null, null);
        Outcome o = open(new Command.Select("INBOX", false, false, q), true, true).outcome();

        assertEquals(List.of(new UntaggedResponse.Vanished(true, SequenceSet.of(8))),
                only(o, UntaggedResponse.Vanished.class));
        assertEquals(List.of(9L), only(o, UntaggedResponse.Fetch.class).stream()
                .map(x -> x.get(MessageAttribute.Uid.class).uid()).toList());
    }

    @Test
    void qresyncSeqMatchDataSkipsExpungesTheClientProvablyKnows() {
        f.inbox.store(List.of(2L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        f.inbox.expunge(List.of(2L));
        long known = 1; // the client claims an old state: everything since is reported...
        f.inbox.store(List.of(10L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        f.inbox.expunge(List.of(10L));

        // ...but its mapping 1->1, 5->6 still holds, so UID 2 needs no report; 12->13 does not (10 left).
        Command.Qresync q = new Command.Qresync(f.inbox.uidValidity(), known, null,
                SequenceSet.parse("1,5,12"), SequenceSet.parse("1,6,13"));
        Outcome o = open(new Command.Select("INBOX", false, false, q), true, true).outcome();
        assertEquals(List.of(new UntaggedResponse.Vanished(true, SequenceSet.of(10))),
                only(o, UntaggedResponse.Vanished.class));
    }

    @Test
    void qresyncWithAStaleUidValidityReportsNoChanges() {
        f.inbox.store(List.of(1L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        f.inbox.expunge(List.of(1L));
        Command.Qresync q = new Command.Qresync(f.inbox.uidValidity() + 1, 1, null, null, null);
        Outcome o = open(new Command.Select("INBOX", false, false, q), true, true).outcome();
        assertEquals(StatusCondition.OK, o.status());
        assertTrue(only(o, UntaggedResponse.Vanished.class).isEmpty());
        assertTrue(only(o, UntaggedResponse.Fetch.class).isEmpty());
    }

    @Test
    void hugeSeqMatchDataIsCheckedOnlyAsFarAsNeeded() {
        Command.Qresync q = new Command.Qresync(f.inbox.uidValidity(), 1, null,
                SequenceSet.parse("1:4294967295"), SequenceSet.parse("1:4294967295"));
        long start = System.nanoTime();
        Outcome o = open(new Command.Select("INBOX", false, false, q), true, true).outcome();
        assertEquals(StatusCondition.OK, o.status());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "bounded work for a hostile parameter");
    }
}
