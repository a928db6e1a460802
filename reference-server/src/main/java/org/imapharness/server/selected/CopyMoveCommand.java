package org.imapharness.server.selected;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.store.CopyResult;
import org.imapharness.server.store.Mailbox;
import org.imapharness.server.store.MessageRef;
import org.imapharness.server.store.StoreException;
import org.imapharness.server.store.UidSets;

/**
 * COPY / UID COPY (RFC 3501 §6.4.7) and MOVE / UID MOVE (RFC 6851 §3), with COPYUID (RFC 4315 §3).
 * A missing target is {@code NO [TRYCREATE]} (§6.4.7). MOVE reports COPYUID in an untagged OK
 * before the expunges of the moved messages, which it sends at once (RFC 6851 §4.3, §3.3).
 */
final class CopyMoveCommand {
    private CopyMoveCommand() {
    }

    static Outcome copy(Command.Copy copy, SelectedState state) {
        List<Long> uids = uids(state, copy.uid(), copy.set());
        Mailbox target = target(state, copy.mailbox());
        if (target == null) {
            // copy-no-trycreate: the client is not told it may CREATE the mailbox and try again.
            return state.faults().has(Fault.COPY_NO_TRYCREATE)
                    ? Outcome.no(null, "no such mailbox: " + copy.mailbox()) : tryCreate(copy.mailbox());
        }
        CopyResult result = state.view().mailbox().copyTo(uids, target);
        if (state.faults().has(Fault.COPYUID_SOURCE_UIDVALIDITY)) {
            result = new CopyResult(state.view().mailbox().uidValidity(), result.sourceUids(),
                    result.destinationUids());
        }
        return Outcome.ok(List.of(), copyUid(result), copy.name() + " completed");
    }

    static Outcome move(Command.Move move, SelectedState state) {
        if (state.view().readOnly()) {
            return Outcome.no(null, "mailbox is read-only (EXAMINE): messages cannot be moved out");
        }
        List<Long> uids = uids(state, move.uid(), move.set());
        Mailbox target = target(state, move.mailbox());
        if (target == null) {
            return tryCreate(move.mailbox());
        }
        CopyResult result = state.view().mailbox().moveTo(uids, target);
        List<UntaggedResponse> untagged = new ArrayList<>();
        ResponseCode code = copyUid(result);
        if (code != null) {
            untagged.add(SelectResponder.okCode(code, "Moved UIDs."));
        }
        // move-no-expunge: the expunges stay queued for a later command, as if MOVE were COPY.
        boolean expungeNow = !state.faults().has(Fault.MOVE_NO_EXPUNGE);
        untagged.addAll(SelectedUpdates.flush(state.view(), expungeNow, state.faults()));
        return Outcome.ok(untagged, ExpungeCommand.highestModSeq(state), move.name() + " completed");
    }

    /** The UIDs named, skipping messages already expunged elsewhere (they can no longer be copied). */
    private static List<Long> uids(SelectedState state, boolean uid, SequenceSet set) {
        return MessageSets.resolve(state.view(), uid, set).stream().filter(r -> !r.expunged())
                .map(MessageRef::uid).toList();
    }

    private static Mailbox target(SelectedState state, String name) {
        try {
            return state.account().mailbox(name);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NONEXISTENT) {
                return null;
            }
            throw e;
        }
    }

    private static Outcome tryCreate(String mailbox) {
        return Outcome.no(new ResponseCode.TryCreate(), "no such mailbox: " + mailbox);
    }

    /** {@code null} when nothing was copied: COPYUID has no empty form (RFC 4315 §3). */
    private static ResponseCode copyUid(CopyResult result) {
        if (result.sourceUids().isEmpty()) {
            return null;
        }
        return new ResponseCode.CopyUid(result.uidValidity(), UidSets.inOrder(result.sourceUids()),
                UidSets.inOrder(result.destinationUids()));
    }
}
