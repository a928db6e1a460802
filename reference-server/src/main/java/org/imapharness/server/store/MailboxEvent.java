package org.imapharness.server.store;

import java.util.List;

/**
 * A change to a mailbox, published to every open {@link MailboxView} in the order the changes
 * were made (under the account lock). Each view queues events and turns them into untagged
 * responses when its session may send them (RFC 3501 §5.2, §7.4.1).
 */
public sealed interface MailboxEvent {

    /**
     * New messages (APPEND, COPY, MOVE), ascending UIDs. {@code recentViewId} is the one view in
     * which they are \Recent (RFC 3501 §2.3.2), or 0 when no read-write view is open.
     */
    record Appended(List<StoredMessage> messages, long recentViewId) implements MailboxEvent {
        public Appended {
            messages = List.copyOf(messages);
        }
    }

    /** New flags and mod-sequence; {@code originViewId} made the change (0 = none). */
    record FlagsChanged(List<StoredMessage> messages, long originViewId) implements MailboxEvent {
        public FlagsChanged {
            messages = List.copyOf(messages);
        }
    }

    /** Messages removed by EXPUNGE / MOVE / CLOSE at {@code modSeq}, ascending UIDs. */
    record Expunged(List<Long> uids, long modSeq) implements MailboxEvent {
        public Expunged {
            uids = List.copyOf(uids);
        }
    }

    /** A new keyword came into use: the FLAGS response changes (RFC 3501 §7.2.6). */
    record KeywordsChanged(List<String> flags) implements MailboxEvent {
        public KeywordsChanged {
            flags = List.copyOf(flags);
        }
    }

    /** The mailbox was deleted (or its INBOX content renamed away and it was emptied). */
    record Deleted() implements MailboxEvent {
    }
}
