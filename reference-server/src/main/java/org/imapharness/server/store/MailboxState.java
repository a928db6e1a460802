package org.imapharness.server.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.imapharness.protocol.model.Flags;

/**
 * The data of one mailbox and the only code that changes it, always under the account lock.
 * Each apply method returns the events it causes; the account publishes them once the whole
 * operation is applied.
 */
final class MailboxState {
    String name;
    final long uidValidity;
    final String specialUse;
    final boolean selectable;
    boolean deleted;
    long uidNext = 1;
    /** RFC 7162: starts at 1 so that the first change gives a positive, larger value. */
    long highestModSeq = 1;
    final TreeMap<Long, StoredMessage> messages = new TreeMap<>();
    final ExpungeLog expungeLog = new ExpungeLog();
    private FlagSet keywords = FlagSet.EMPTY;
    /** \Recent (RFC 3501 §2.3.2): UID → the view it is recent in, 0 while no session claimed it. */
    private final Map<Long, Long> recentOwner = new HashMap<>();
    private final List<MailboxView> views = new ArrayList<>();

    MailboxState(String name, long uidValidity, String specialUse, boolean selectable) {
        this.name = name;
        this.uidValidity = uidValidity;
        this.specialUse = specialUse;
        this.selectable = selectable;
    }

    /** Flags a client may store: \Recent is session state and unknown system flags are dropped. */
    static List<String> storable(Collection<String> flags) {
        List<String> out = new ArrayList<>();
        for (String f : flags) {
            boolean known = FlagSet.SYSTEM_FLAGS.stream().anyMatch(s -> s.equalsIgnoreCase(f));
            if (known || !Flags.isSystemFlag(f)) {
                out.add(f);
            }
        }
        return out;
    }

    MailboxStatus status() {
        long unseen = messages.values().stream().filter(m -> !m.flags().contains(Flags.SEEN)).count();
        return new MailboxStatus(messages.size(), recentOwner.size(), uidNext, uidValidity, unseen, highestModSeq);
    }

    /** The sequence number of the first message without \Seen, 0 if none (only for a fault). */
    long firstUnseenNumber() {
        long n = 0;
        for (StoredMessage m : messages.values()) {
            n++;
            if (!m.flags().contains(Flags.SEEN)) {
                return n;
            }
        }
        return 0;
    }

    /** Fault status-clears-recent: messages no session has claimed stop being recent. */
    void forgetUnclaimedRecent() {
        recentOwner.values().removeIf(id -> id == 0);
    }

    List<String> definedFlags() {
        List<String> out = new ArrayList<>(FlagSet.SYSTEM_FLAGS);
        out.addAll(keywords.toList());
        return out;
    }

    /** Registers a view; a read-write one claims every message no session has seen as recent. */
    void attach(MailboxView view) {
        Set<Long> recent = new HashSet<>();
        if (!view.readOnly()) {
            for (Map.Entry<Long, Long> e : recentOwner.entrySet()) {
                if (e.getValue() == 0) {
                    e.setValue(view.id());
                    recent.add(e.getKey());
                }
            }
        }
        views.add(view);
        view.start(List.copyOf(messages.values()), recent, view.mailbox().account().faults.has(
                org.imapharness.server.fault.Fault.UIDNEXT_STALE) ? 1 : uidNext, highestModSeq, definedFlags());
    }

    /** Unregisters a view; what was recent in it is recent nowhere any more. */
    void detach(MailboxView view) {
        views.remove(view);
        recentOwner.values().removeIf(id -> id == view.id());
    }

    List<MailboxEvent> appended(List<StoredMessage> added, boolean live) {
        long claimant = 0;
        for (MailboxView v : views) {
            if (!v.readOnly()) {
                claimant = v.id();
                break;
            }
        }
        List<MailboxEvent> events = new ArrayList<>();
        FlagSet before = keywords;
        for (StoredMessage m : added) {
            messages.put(m.uid(), m);
            uidNext = Math.max(uidNext, m.uid() + 1);
            highestModSeq = Math.max(highestModSeq, m.modSeq());
            keywords = keywords.plus(m.flags().keywords());
            if (live) {
                recentOwner.put(m.uid(), claimant);
            }
        }
        if (keywords != before) {
            events.add(new MailboxEvent.KeywordsChanged(definedFlags()));
        }
        events.add(new MailboxEvent.Appended(added, claimant));
        return events;
    }

    List<MailboxEvent> flagsChanged(List<Long> uids, List<List<String>> flags, long modSeq, long originViewId) {
        List<StoredMessage> changed = new ArrayList<>();
        FlagSet before = keywords;
        for (int i = 0; i < uids.size(); i++) {
            StoredMessage m = messages.get(uids.get(i));
            if (m != null) {
                StoredMessage next = m.withFlags(FlagSet.of(flags.get(i)), modSeq == 0 ? m.modSeq() : modSeq);
                messages.put(next.uid(), next);
                keywords = keywords.plus(next.flags().keywords());
                changed.add(next);
            }
        }
        highestModSeq = Math.max(highestModSeq, modSeq);
        List<MailboxEvent> events = new ArrayList<>();
        if (keywords != before) {
            events.add(new MailboxEvent.KeywordsChanged(definedFlags()));
        }
        events.add(new MailboxEvent.FlagsChanged(changed, originViewId));
        return events;
    }

    List<MailboxEvent> expunged(List<Long> uids, long modSeq) {
        List<Long> gone = new ArrayList<>();
        for (long uid : uids) {
            if (messages.remove(uid) != null) {
                recentOwner.remove(uid);
                expungeLog.add(uid, modSeq);
                gone.add(uid);
            }
        }
        highestModSeq = Math.max(highestModSeq, modSeq);
        return List.of(new MailboxEvent.Expunged(gone, modSeq));
    }

    List<MailboxEvent> deleted() {
        deleted = true;
        messages.clear();
        recentOwner.clear();
        return List.of(new MailboxEvent.Deleted());
    }

    void publish(List<MailboxEvent> events) {
        for (MailboxView v : views) {
            events.forEach(v::enqueue);
        }
    }
}
