package org.imapharness.server.selected;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.store.MessageRef;

/**
 * EXPUNGE (RFC 3501 §6.4.3) and UID EXPUNGE (RFC 4315 §2.1): removes the \Deleted messages (all, or
 * those of the UID set) and answers with their EXPUNGE responses, each numbered after the previous
 * ones took effect (§7.4.1), or one VANISHED under QRESYNC (RFC 7162 §3.2.10). Pending updates from
 * other sessions go out in the same flush, as expunges may be sent now.
 */
final class ExpungeCommand {
    private ExpungeCommand() {
    }

    static Outcome execute(Command.Expunge expunge, SelectedState state) {
        if (state.view().readOnly()) {
            return Outcome.no(null, "mailbox is read-only (EXAMINE): nothing can be expunged");
        }
        if (expunge.uids() == null) {
            state.view().expunge(null);
        } else {
            List<Long> uids = MessageSets.resolve(state.view(), true, expunge.uids()).stream()
                    .map(MessageRef::uid).toList();
            if (!uids.isEmpty()) {
                state.view().expunge(uids);
            }
        }
        List<UntaggedResponse> untagged = SelectedUpdates.flush(state.view(), true, state.faults());
        return Outcome.ok(untagged, highestModSeq(state), expunge.name() + " completed");
    }

    /**
     * The tagged OK of EXPUNGE, UID EXPUNGE and MOVE carries HIGHESTMODSEQ under QRESYNC (RFC 7162
     * §3.2.7, §3.2.9; RFC 6851 §4.4): EXPUNGE and VANISHED have no mod-sequence of their own, so
     * only this lets the client advance its cached HIGHESTMODSEQ past the expunge. We send it under
     * plain CONDSTORE too, where it is just as useful and clients must accept any response code.
     */
    static ResponseCode highestModSeq(SelectedState state) {
        return state.condstoreEnabled()
                ? new ResponseCode.HighestModSeq(state.view().mailbox().status().highestModSeq()) : null;
    }
}
