package org.imapharness.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * The flag news a view owes its client: a new FLAGS list when keywords appear (RFC 3501 §7.2.6)
 * and one FETCH per message whose flags another session changed (§7.4.2; with CONDSTORE the
 * FETCH also carries UID and MODSEQ, RFC 7162 §3.1.4).
 */
final class ViewUpdates {
    private List<String> keywords;
    private final TreeSet<Long> changed = new TreeSet<>();

    void keywords(List<String> flags) {
        keywords = flags;
    }

    void flagsChanged(MailboxEvent.FlagsChanged event, ViewEntries entries, boolean own) {
        for (StoredMessage m : event.messages()) {
            int i = entries.indexOf(m.uid());
            if (i < 0 || entries.get(i).expunged) {
                continue;
            }
            entries.get(i).message = m;
            if (!own && i < entries.announced()) {
                changed.add(m.uid());
            }
        }
    }

    void forget(long uid) {
        changed.remove(uid);
    }

    void flags(List<UntaggedResponse> out) {
        if (keywords != null) {
            out.add(new UntaggedResponse.Flags(keywords));
            keywords = null;
        }
    }

    void fetches(List<UntaggedResponse> out, ViewEntries entries, Set<Long> recent, boolean condstore) {
        for (long uid : changed) {
            int i = entries.indexOf(uid);
            if (i < 0 || i >= entries.announced() || entries.get(i).expunged) {
                continue;
            }
            StoredMessage m = entries.get(i).message;
            MessageRef ref = new MessageRef(i + 1, uid, m, recent.contains(uid), false);
            List<MessageAttribute> attrs = new ArrayList<>();
            attrs.add(new MessageAttribute.Flags(ref.wireFlags()));
            if (condstore) {
                attrs.add(new MessageAttribute.Uid(uid));
                attrs.add(new MessageAttribute.ModSeq(m.modSeq()));
            }
            out.add(new UntaggedResponse.Fetch(i + 1, attrs));
        }
        changed.clear();
    }
}
