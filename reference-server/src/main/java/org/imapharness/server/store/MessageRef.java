package org.imapharness.server.store;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.model.Flags;

/**
 * A message as one session addresses it: its sequence number in that session's view, its UID,
 * its latest known state, whether it is \Recent in this session, and whether it was expunged
 * (by another session) without the EXPUNGE having been sent yet (RFC 3501 §7.4.1: its data may
 * still be fetched).
 */
public record MessageRef(long sequence, long uid, StoredMessage message, boolean recent, boolean expunged) {

    /** FLAGS as this session reports them: the stored flags plus \Recent when recent here. */
    public List<String> wireFlags() {
        List<String> out = new ArrayList<>(message.flags().toList());
        if (recent) {
            out.add(Flags.RECENT);
        }
        return out;
    }
}
