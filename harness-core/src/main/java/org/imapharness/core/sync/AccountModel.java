package org.imapharness.core.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The oracle: what the account must hold after the commands that completed, kept from their
 * results alone (APPENDUID and COPYUID give the UIDs, RFC 4315), never from what the server says
 * it holds. Also remembers, per mailbox name and UIDVALIDITY, the highest UID ever assigned and
 * the trace entry that assigned it, across deletes and renames, because RFC 3501 §2.3.1.1 forbids
 * reusing a UID under one UIDVALIDITY even in a mailbox created again under the same name.
 */
final class AccountModel {

    /** A message the model expects: its UID, which of the {@link MessageBank} contents it is, its flags. */
    static final class Message {
        final long uid;
        final int content;
        Set<String> flags;

        Message(long uid, int content, Set<String> flags) {
            this.uid = uid;
            this.content = content;
            this.flags = flags;
        }
    }

    static final class Mailbox {
        final String name;
        long uidValidity;
        final TreeMap<Long, Message> messages = new TreeMap<>();
        /** After a RENAME the server may give new UIDs; the next look at the server settles them. */
        boolean uidsUnsettled;

        Mailbox(String name, long uidValidity) {
            this.name = name;
            this.uidValidity = uidValidity;
        }
    }

    /** The highest UID assigned under one UIDVALIDITY, and where. */
    record UidMark(long uid, Trace.Entry entry) {
    }

    private final Map<String, Mailbox> mailboxes = new TreeMap<>();
    private final Map<String, Map<Long, UidMark>> highest = new HashMap<>();
    private final Set<String> deletedOnce = new java.util.HashSet<>();

    Mailbox mailbox(String name) {
        return mailboxes.get(name);
    }

    boolean exists(String name) {
        return mailboxes.containsKey(name);
    }

    Map<String, Mailbox> mailboxes() {
        return mailboxes;
    }

    Mailbox create(String name) {
        return mailboxes.computeIfAbsent(name, n -> new Mailbox(n, 0));
    }

    void delete(String name) {
        mailboxes.remove(name);
        deletedOnce.add(name);
    }

    boolean wasDeleted(String name) {
        return deletedOnce.contains(name);
    }

    void rename(String from, String to) {
        Mailbox old = mailboxes.remove(from);
        Mailbox renamed = new Mailbox(to, old.uidValidity);
        renamed.messages.putAll(old.messages);
        renamed.uidsUnsettled = true;
        mailboxes.put(to, renamed);
        deletedOnce.add(from);
        // The UIDs travel with the messages: the new name may not hand them out again either.
        highest.getOrDefault(from, Map.of()).forEach((validity, mark) ->
                highest.computeIfAbsent(to, n -> new HashMap<>()).merge(validity, mark,
                        (a, b) -> a.uid() >= b.uid() ? a : b));
    }

    /** The highest UID assigned in {@code name} under {@code uidValidity}, or null. */
    UidMark highest(String name, long uidValidity) {
        return highest.getOrDefault(name, Map.of()).get(uidValidity);
    }

    /** Records an assigned UID; returns the earlier mark it fails to exceed, or null when it ascends. */
    UidMark assign(String name, long uidValidity, long uid, Trace.Entry entry) {
        Map<Long, UidMark> marks = highest.computeIfAbsent(name, n -> new HashMap<>());
        UidMark before = marks.get(uidValidity);
        if (before != null && uid <= before.uid()) {
            return before;
        }
        marks.put(uidValidity, new UidMark(uid, entry));
        return null;
    }
}
