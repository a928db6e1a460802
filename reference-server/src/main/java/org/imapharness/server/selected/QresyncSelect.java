package org.imapharness.server.selected;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.store.MailboxView;
import org.imapharness.server.store.MessageRef;
import org.imapharness.server.store.UidSets;

/**
 * The resynchronisation part of SELECT/EXAMINE with the QRESYNC parameter (RFC 7162 §3.2.5): what
 * was expunged since the client's mod-sequence, as {@code VANISHED (EARLIER)}, then the messages
 * whose metadata changed, as {@code FETCH (UID FLAGS MODSEQ)}. Nothing when the client's
 * UIDVALIDITY is stale: its cache is void and it must resynchronise fully.
 */
final class QresyncSelect {
    static final int MAX_PAIRS = 100_000;

    private QresyncSelect() {
    }

    static List<UntaggedResponse> changes(MailboxView view, Command.Qresync q) {
        List<UntaggedResponse> out = new ArrayList<>();
        if (q.uidValidity() != view.opening().uidValidity()) {
            return out;
        }
        long highestUid = view.opening().uidNext() - 1;
        long unchangedUpTo = matchedPrefix(view, q);
        List<Long> vanished = new ArrayList<>();
        for (long uid : view.mailbox().expungedSince(q.modSeq())) {
            if (uid > unchangedUpTo && known(q, uid, highestUid)) {
                vanished.add(uid);
            }
        }
        if (!vanished.isEmpty()) {
            out.add(new UntaggedResponse.Vanished(true, UidSets.compress(vanished)));
        }
        for (MessageRef ref : view.changedSince(q.modSeq())) {
            if (known(q, ref.uid(), highestUid)) {
                out.add(new UntaggedResponse.Fetch(ref.sequence(), List.of(new MessageAttribute.Uid(ref.uid()),
                        new MessageAttribute.Flags(ref.wireFlags()), new MessageAttribute.ModSeq(ref.message().modSeq()))));
            }
        }
        return out;
    }

    /** Only UIDs the client says it knows are reported (known-uids, RFC 7162 §3.2.5). */
    private static boolean known(Command.Qresync q, long uid, long highestUid) {
        return q.knownUids() == null || q.knownUids().contains(uid, highestUid);
    }

    /**
     * The seq-match-data check (RFC 7162 §3.2.5.2): walking the client's (sequence number, UID)
     * pairs in order, every pair that still holds proves that no message up to that UID vanished,
     * so expunges at or below the last such UID need not be reported. Returns that UID, or 0.
     */
    private static long matchedPrefix(MailboxView view, Command.Qresync q) {
        if (q.knownSequenceNumbers() == null) {
            return 0;
        }
        List<Long> seqs = expand(q.knownSequenceNumbers());
        List<Long> uids = expand(q.knownSequenceUids());
        long matched = 0;
        for (int i = 0; i < Math.min(seqs.size(), uids.size()); i++) {
            long uid = uids.get(i);
            if (view.sequenceOf(uid) != seqs.get(i)) {
                break;
            }
            matched = uid;
        }
        return matched;
    }

    /**
     * The numbers of a set in the order written, at most {@link #MAX_PAIRS} of them (a hostile
     * {@code 1:4294967295} must not cost memory; the check just stops early, which is safe);
     * {@code *} cannot stand in seq-match-data, so expansion stops there too.
     */
    private static List<Long> expand(SequenceSet set) {
        List<Long> out = new ArrayList<>();
        for (SequenceSet.Range r : set.ranges()) {
            if (r.start() == SequenceSet.STAR || r.end() == SequenceSet.STAR) {
                return out;
            }
            long step = r.start() <= r.end() ? 1 : -1;
            for (long n = r.start(); ; n += step) {
                if (out.size() == MAX_PAIRS) {
                    return out;
                }
                out.add(n);
                if (n == r.end()) {
                    break;
                }
            }
        }
        return out;
    }
}
