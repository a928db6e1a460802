package org.imapharness.server.session;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Wakes sessions in IDLE when another session of the same user may have changed a mailbox, so
 * they push EXISTS, EXPUNGE and FETCH at once (RFC 2177 §3) instead of at their next command.
 * The changes themselves travel through each session's {@code MailboxView}; this only says
 * "look now". Keyed by user because the store's events stay within one account.
 */
public final class IdleSignals {
    private final ConcurrentMap<String, Set<Runnable>> watchers = new ConcurrentHashMap<>();

    /** Calls {@code wake} (from any thread) after each change by this user until the returned handle is closed. */
    public Registration watch(String user, Runnable wake) {
        watchers.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet()).add(wake);
        return () -> watchers.computeIfPresent(user, (u, set) -> {
            set.remove(wake);
            return set.isEmpty() ? null : set;
        });
    }

    /** A session of {@code user} finished a command that may have changed mailboxes. */
    public void changed(String user) {
        Set<Runnable> set = watchers.get(user);
        if (set != null) {
            set.forEach(Runnable::run);
        }
    }

    /** Stops the wake-ups of one {@link #watch}. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
