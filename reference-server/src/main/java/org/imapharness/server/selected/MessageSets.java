package org.imapharness.server.selected;

import java.util.List;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.store.MailboxView;
import org.imapharness.server.store.MessageRef;

/**
 * The messages a command's set names in this session's view, ascending. Sequence numbers beyond
 * the view are refused (the store throws INVALID_SEQUENCE, answered BAD per RFC 3501 §9
 * {@code seq-number}); UID sets never fail: missing UIDs are skipped and {@code n:*} always reaches
 * the highest UID (§6.4.8).
 */
final class MessageSets {
    private MessageSets() {
    }

    static List<MessageRef> resolve(MailboxView view, boolean uid, SequenceSet set) {
        return uid ? view.byUid(set) : view.bySequence(set);
    }

    /**
     * As {@link #resolve(MailboxView, boolean, SequenceSet)}; under uid-range-star-empty {@code *}
     * in a UID range counts as infinity rather than as the highest UID, so {@code n:*} with
     * {@code n} above every UID names nothing (the mistake §6.4.8 warns about); under
     * fetch-beyond-exists-ok sequence numbers past EXISTS are skipped as missing UIDs are.
     */
    static List<MessageRef> resolve(MailboxView view, boolean uid, SequenceSet set, FaultSet faults) {
        if (!uid && faults.has(Fault.FETCH_BEYOND_EXISTS_OK)) {
            return view.all().stream().filter(r -> set.contains(r.sequence(), view.exists())).toList();
        }
        List<MessageRef> refs = resolve(view, uid, set);
        if (!uid || !faults.has(Fault.UID_RANGE_STAR_EMPTY)) {
            return refs;
        }
        return refs.stream().filter(r -> set.ranges().stream().anyMatch(range ->
                Math.min(range.start(), range.end()) <= r.uid() && r.uid() <= Math.max(range.start(), range.end())))
                .toList();
    }
}
