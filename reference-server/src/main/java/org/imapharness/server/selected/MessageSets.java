package org.imapharness.server.selected;

import java.util.List;
import org.imapharness.protocol.model.SequenceSet;
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
}
