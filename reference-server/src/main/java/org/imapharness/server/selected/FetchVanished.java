package org.imapharness.server.selected;

import java.util.List;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.store.MailboxView;
import org.imapharness.server.store.UidSets;

/**
 * The {@code VANISHED (EARLIER)} part of {@code UID FETCH ... (CHANGEDSINCE m VANISHED)} (RFC 7162
 * §3.2.6): UIDs of the requested set expunged after mod-sequence m. It comes before the FETCH
 * responses and, being EARLIER, does not change sequence numbers, so it may go out during FETCH.
 */
final class FetchVanished {
    private FetchVanished() {
    }

    static List<UntaggedResponse> responses(MailboxView view, SequenceSet uidSet, long changedSince) {
        // "*" is the highest UID ever given out, so n:* covers expunged UIDs above the last message.
        long highest = view.mailbox().status().uidNext() - 1;
        List<Long> gone = view.mailbox().expungedSince(changedSince).stream()
                .filter(uid -> uidSet.contains(uid, highest)).toList();
        return gone.isEmpty() ? List.of() : List.of(new UntaggedResponse.Vanished(true, UidSets.compress(gone)));
    }
}
