package org.imapharness.server.store;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.imapharness.protocol.response.UntaggedResponse.ListItem;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.store.Mutation.MailboxCreated;
import org.imapharness.server.store.Mutation.MailboxDeleted;
import org.imapharness.server.store.Mutation.MailboxRenamed;
import org.imapharness.server.store.Mutation.MessagesCopied;
import org.imapharness.server.store.Mutation.SubscriptionChanged;

/**
 * One user's mailboxes and subscriptions. A single lock per account guards everything in it
 * (all its mailboxes, views' registration, the journal hand-off), which makes cross-mailbox
 * operations (COPY, MOVE, RENAME) atomic without lock ordering. Operations on different
 * accounts run in parallel. Methods may block while the journal fsyncs; see package-info.
 */
public final class Account {
    /** The folders every new account gets (RFC 6154 attributes; INBOX has none). */
    static final List<String[]> DEFAULT_FOLDERS = List.of(
            new String[] {MailboxNames.INBOX, null}, new String[] {"Sent", "\\Sent"},
            new String[] {"Drafts", "\\Drafts"}, new String[] {"Trash", "\\Trash"},
            new String[] {"Junk", "\\Junk"}, new String[] {"Archive", "\\Archive"});

    private final String user;
    private final Journal journal;
    private final UidValidityClock uidValidities;
    private final Clock clock;
    final FaultSet faults;
    /** Only for the uidvalidity-reused fault: the last UIDVALIDITY each deleted name had. */
    private final java.util.Map<String, Long> formerUidValidity = new java.util.HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    final TreeMap<String, Mailbox> mailboxes = new TreeMap<>();
    final TreeSet<String> subscriptions = new TreeSet<>();

    Account(String user, Journal journal, UidValidityClock uidValidities, Clock clock, FaultSet faults) {
        this.user = user;
        this.faults = faults;
        this.journal = journal;
        this.uidValidities = uidValidities;
        this.clock = clock;
    }

    public String user() {
        return user;
    }

    /** A selectable mailbox by (client-supplied) name, or NONEXISTENT. */
    public Mailbox mailbox(String name) {
        String key = MailboxNames.normalize(name);
        return read(() -> {
            Mailbox m = mailboxes.get(key);
            if (m == null || !m.state.selectable) {
                throw new StoreException(StoreException.Reason.NONEXISTENT, "no such mailbox: " + key);
            }
            return m;
        });
    }

    public boolean exists(String name) {
        String key = MailboxNames.normalize(name);
        return read(() -> mailboxes.containsKey(key));
    }

    public MailboxStatus status(String name) {
        return mailbox(name).status();
    }

    /** CREATE (RFC 3501 §6.3.3), creating missing superior levels too. */
    public void create(String name) {
        String key = MailboxNames.normalize(name);
        write(() -> {
            Mailbox existing = mailboxes.get(key);
            if (existing != null && existing.state.selectable) {
                if (faults.has(Fault.CREATE_EXISTING_OK)) {
                    return null;
                }
                throw new StoreException(StoreException.Reason.ALREADY_EXISTS, "mailbox exists: " + key);
            }
            List<Mutation> mutations = new ArrayList<>();
            addMissingParents(key, mutations);
            long uidValidity = faults.has(Fault.UIDVALIDITY_REUSED) && formerUidValidity.containsKey(key)
                    ? formerUidValidity.get(key)
                    : nextUidValidity();
            mutations.add(new MailboxCreated(key, uidValidity, null));
            commit(mutations);
            return null;
        });
    }

    /**
     * DELETE (§6.3.4): INBOX cannot be deleted; a mailbox with children becomes a \Noselect
     * parent (its messages go); deleting a \Noselect parent that still has children is refused.
     */
    public void delete(String name) {
        String key = MailboxNames.normalize(name);
        write(() -> {
            if (MailboxNames.isInbox(key)) {
                throw new StoreException(StoreException.Reason.NOT_ALLOWED, "INBOX cannot be deleted");
            }
            Mailbox m = mailboxes.get(key);
            if (m == null) {
                throw new StoreException(StoreException.Reason.NONEXISTENT, "no such mailbox: " + key);
            }
            boolean children = hasChildren(key);
            if (children && !m.state.selectable) {
                if (faults.has(Fault.DELETE_NOSELECT_PARENT_OK)) {
                    return null;
                }
                throw new StoreException(StoreException.Reason.NOT_ALLOWED,
                        "mailbox has inferior names and is already \\Noselect: " + key);
            }
            if (m.state.selectable) {
                formerUidValidity.put(key, m.state.uidValidity);
            }
            List<Mutation> mutations = new ArrayList<>();
            if (children && faults.has(Fault.DELETE_REMOVES_INFERIORS)) {
                for (String child : mailboxes.descendingKeySet()) {
                    if (MailboxNames.isBelow(child, key)) {
                        mutations.add(new MailboxDeleted(child, false));
                    }
                }
                children = false;
            }
            mutations.add(new MailboxDeleted(key, children));
            if (faults.has(Fault.DELETE_UNSUBSCRIBES) && subscriptions.contains(key)) {
                mutations.add(new SubscriptionChanged(key, false));
            }
            commit(mutations);
            return null;
        });
    }

    /**
     * RENAME (§6.3.5): children move along; renaming INBOX moves its messages to a new mailbox
     * and leaves INBOX empty (its children stay). The renamed mailbox keeps its UIDVALIDITY.
     */
    public void rename(String from, String to) {
        String src = MailboxNames.normalize(from);
        String dst = MailboxNames.normalize(to);
        write(() -> {
            Mailbox m = mailboxes.get(src);
            if (m == null) {
                throw new StoreException(StoreException.Reason.NONEXISTENT, "no such mailbox: " + src);
            }
            if (mailboxes.containsKey(dst) && faults.has(Fault.RENAME_EXISTING_OK)) {
                return null; // rename-existing-ok: the clash is noticed, but reported as success
            }
            if (mailboxes.containsKey(dst)) {
                throw new StoreException(StoreException.Reason.ALREADY_EXISTS, "mailbox exists: " + dst);
            }
            boolean inbox = MailboxNames.isInbox(src) && !faults.has(Fault.RENAME_INBOX_DELETES_INBOX);
            if (dst.equals(src) || !inbox && MailboxNames.isBelow(dst, src)) {
                throw new StoreException(StoreException.Reason.NOT_ALLOWED, "cannot rename a mailbox into itself");
            }
            List<Mutation> mutations = new ArrayList<>();
            addMissingParents(dst, mutations);
            if (inbox) {
                mutations.add(new MailboxCreated(dst, nextUidValidity(), null));
                // The new mailbox starts empty: its UIDs start at 1, its first change is mod-sequence 2.
                List<Long> uids = List.copyOf(m.state.messages.keySet());
                if (!uids.isEmpty()) {
                    mutations.add(new MessagesCopied(src, dst, uids, 1, 2));
                    mutations.add(new Mutation.MessagesExpunged(src, m.state.highestModSeq + 1, uids));
                }
            } else {
                mutations.add(new MailboxRenamed(src, dst));
                for (String child : List.copyOf(mailboxes.keySet())) {
                    if (MailboxNames.isBelow(child, src)) {
                        mutations.add(new MailboxRenamed(child, dst + child.substring(src.length())));
                    }
                }
            }
            commit(mutations);
            return null;
        });
    }

    public void subscribe(String name) {
        String key = MailboxNames.normalize(name);
        write(() -> {
            if (!subscriptions.contains(key)) {
                commit(List.of(new SubscriptionChanged(key, true)));
            }
            return null;
        });
    }

    /** Returns false when the name was not subscribed (nothing changes then). */
    public boolean unsubscribe(String name) {
        String key = MailboxNames.normalize(name);
        return write(() -> {
            if (!subscriptions.contains(key)) {
                return false;
            }
            List<Mutation> mutations = new ArrayList<>();
            mutations.add(new SubscriptionChanged(key, false));
            if (faults.has(Fault.UNSUBSCRIBE_REMOVES_INFERIORS)) {
                for (String other : subscriptions) {
                    if (MailboxNames.isBelow(other, key)) {
                        mutations.add(new SubscriptionChanged(other, false));
                    }
                }
            }
            commit(mutations);
            return true;
        });
    }

    /** Whether {@code name} is on the subscription list (RFC 3501 §6.3.6), existing or not. */
    public boolean isSubscribed(String name) {
        String key = MailboxNames.normalize(name);
        return read(() -> subscriptions.contains(key));
    }

    /** LIST (§6.3.8) with {@code *} / {@code %}; see {@link MailboxListing}. */
    public List<ListItem> list(String reference, String pattern) {
        return read(() -> MailboxListing.list(this, reference, pattern));
    }

    /** LSUB (§6.3.9). */
    public List<ListItem> lsub(String reference, String pattern) {
        return read(() -> MailboxListing.lsub(this, reference, pattern));
    }

    /** The levels LIST (SUBSCRIBED RECURSIVEMATCH) reports with CHILDINFO; see {@link MailboxListing}. */
    public List<ListItem> childInfoLevels(String reference, String pattern) {
        return read(() -> MailboxListing.childInfoLevels(this, reference, pattern));
    }

    void createDefaults() {
        write(() -> {
            List<Mutation> mutations = new ArrayList<>();
            for (String[] folder : DEFAULT_FOLDERS) {
                mutations.add(new MailboxCreated(folder[0], nextUidValidity(), folder[1]));
                mutations.add(new SubscriptionChanged(folder[0], true));
            }
            commit(mutations);
            return null;
        });
    }

    boolean hasChildren(String name) {
        String next = mailboxes.higherKey(name);
        while (next != null && next.startsWith(name)) {
            if (MailboxNames.isBelow(next, name)) {
                return true;
            }
            next = mailboxes.higherKey(next);
        }
        return false;
    }

    private void addMissingParents(String name, List<Mutation> mutations) {
        List<String> missing = new ArrayList<>();
        for (String p = MailboxNames.parent(name); p != null; p = MailboxNames.parent(p)) {
            if (!mailboxes.containsKey(p)) {
                missing.add(0, p);
            }
        }
        for (String p : missing) {
            mutations.add(new MailboxCreated(p, nextUidValidity(), null));
        }
    }

    private long nextUidValidity() {
        return uidValidities.next(clock.instant().getEpochSecond());
    }

    /** Journals the mutations (waiting for durability), applies them, then publishes the events. */
    void commit(List<Mutation> mutations) {
        commit(mutations, 0);
    }

    void commit(List<Mutation> mutations, long originViewId) {
        try {
            journal.commit(user, mutations);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "could not make the change durable: " + e.getMessage(), e);
        }
        List<Runnable> publish = new ArrayList<>();
        for (Mutation m : mutations) {
            MutationApplier.apply(this, m, true, originViewId, publish);
        }
        publish.forEach(Runnable::run);
    }

    void replay(List<Mutation> mutations) {
        for (Mutation m : mutations) {
            MutationApplier.apply(this, m, false, 0, new ArrayList<>());
            if (m instanceof MailboxCreated c) {
                uidValidities.observe(c.uidValidity());
            }
        }
    }

    <T> T read(Supplier<T> action) {
        return write(action);
    }

    <T> T write(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
