package org.imapharness.server.store;

import java.time.OffsetDateTime;
import org.imapharness.server.message.MessageContent;

/**
 * One message in a mailbox at one moment: immutable, replaced (not changed) when its flags change.
 * {@code modSeq} is the RFC 7162 mod-sequence of its last change.
 */
public record StoredMessage(long uid, MessageContent content, FlagSet flags, OffsetDateTime internalDate, long modSeq) {

    StoredMessage withFlags(FlagSet newFlags, long newModSeq) {
        return new StoredMessage(uid, content, newFlags, internalDate, newModSeq);
    }
}
