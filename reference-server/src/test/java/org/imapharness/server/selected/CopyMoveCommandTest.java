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
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.store.Mailbox;
import org.junit.jupiter.api.Test;

class CopyMoveCommandTest {
    private final SelectedFixture f = new SelectedFixture();
    private final SelectedFixture.Session s = f.select();
    private final Mailbox archive = f.account.mailbox("Archive");

    @Test
    void copyKeepsFlagsAndReportsCopyUid() {
        f.inbox.store(List.of(3L), StoreMode.ADD, List.of(Flags.FLAGGED), null, null);
        Outcome o = s.ok(new Command.Copy(false, SequenceSet.parse("2:3"), "Archive"));
        assertEquals(new ResponseCode.CopyUid(archive.uidValidity(), SequenceSet.range(2, 3), SequenceSet.range(1, 2)),
                o.code());
        assertTrue(archive.messages(List.of(2L)).get(0).flags().contains(Flags.FLAGGED));
        assertEquals(14, f.inbox.status().messages(), "COPY leaves the source alone");
    }

    @Test
    void uidCopyOfMissingUidsSucceedsWithoutCopyUid() {
        Outcome o = s.ok(new Command.Copy(true, SequenceSet.parse("50:60"), "Archive"));
        assertNull(o.code());
        assertEquals(0, archive.status().messages());
    }

    @Test
    void missingTargetIsNoTryCreate() {
        Outcome o = s.run(new Command.Copy(false, SequenceSet.of(1), "Nowhere"));
        assertEquals(StatusCondition.NO, o.status());
        assertInstanceOf(ResponseCode.TryCreate.class, o.code());
        assertInstanceOf(ResponseCode.TryCreate.class, s.run(new Command.Move(false, SequenceSet.of(1), "Nowhere")).code());
    }

    @Test
    void moveSendsCopyUidBeforeTheExpunges() {
        Outcome o = s.ok(new Command.Move(false, SequenceSet.parse("4,6"), "Archive"));
        UntaggedResponse.Status copyUid = (UntaggedResponse.Status) o.untagged().get(0);
        assertEquals(new ResponseCode.CopyUid(archive.uidValidity(), SequenceSet.parse("4,6"), SequenceSet.range(1, 2)),
                copyUid.code());
        assertEquals(List.of(new UntaggedResponse.Expunge(4), new UntaggedResponse.Expunge(5)),
                only(o, UntaggedResponse.Expunge.class));
        assertEquals(12, s.view().exists());
        assertEquals(2, archive.status().messages());
    }

    @Test
    void uidMoveUnderQresyncSendsVanished() {
        SelectedFixture.Session q = f.open(false, true, true);
        Outcome o = q.ok(new Command.Move(true, SequenceSet.parse("7:8"), "Archive"));
        assertEquals(List.of(new UntaggedResponse.Vanished(false, SequenceSet.range(7, 8))),
                only(o, UntaggedResponse.Vanished.class));
    }

    @Test
    void moveFromReadOnlyMailboxIsRefused() {
        assertEquals(StatusCondition.NO, f.examine().run(new Command.Move(false, SequenceSet.of(1), "Archive")).status());
        assertEquals(14, f.inbox.status().messages());
    }
}
