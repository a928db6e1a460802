package org.imapharness.server.store;

import java.util.List;

/**
 * A state change of one account, as the journal records it. Operations compute mutations from the
 * current state (assigning UIDs, mod-sequences and UIDVALIDITYs); applying them is the only way
 * state changes, live and on replay alike, so a replayed journal rebuilds exactly the same store.
 * One operation's mutations form one journal record and so are applied all or nothing.
 */
sealed interface Mutation {

    record MailboxCreated(String name, long uidValidity, String specialUse) implements Mutation {
    }

    /** Removes the mailbox; with {@code keepAsNoSelect} its name stays as a \Noselect parent (§6.3.4). */
    record MailboxDeleted(String name, boolean keepAsNoSelect) implements Mutation {
    }

    record MailboxRenamed(String from, String to) implements Mutation {
    }

    record SubscriptionChanged(String name, boolean subscribed) implements Mutation {
    }

    /** {@code internalDate} as epoch seconds plus the zone offset in seconds (§2.3.3 keeps the zone). */
    record MessageAppended(String mailbox, long uid, long modSeq, long epochSecond, int offsetSeconds,
                           List<String> flags, byte[] content) implements Mutation {
        public MessageAppended {
            flags = List.copyOf(flags);
        }
    }

    /** Copies of {@code sourceUids} get consecutive UIDs from {@code firstUid}, keeping flags and dates. */
    record MessagesCopied(String from, String to, List<Long> sourceUids, long firstUid, long modSeq)
            implements Mutation {
        public MessagesCopied {
            sourceUids = List.copyOf(sourceUids);
        }
    }

    /** New flags for {@code uids} (pairwise with {@code flags}), all at {@code modSeq}. */
    record FlagsChanged(String mailbox, long modSeq, List<Long> uids, List<List<String>> flags) implements Mutation {
        public FlagsChanged {
            uids = List.copyOf(uids);
            flags = flags.stream().map(List::copyOf).toList();
        }
    }

    record MessagesExpunged(String mailbox, long modSeq, List<Long> uids) implements Mutation {
        public MessagesExpunged {
            uids = List.copyOf(uids);
        }
    }
}
