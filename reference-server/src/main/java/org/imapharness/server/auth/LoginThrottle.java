package org.imapharness.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failure counters for one kind of key under one {@link ThrottlePolicy}. Keys are tracked whether
 * or not a user exists, so throttling behaves the same for real and invented names. The table is an
 * LRU of at most {@code maxKeys} entries, so a flood of invented names costs bounded memory (the
 * address throttle still applies to such a flood). Methods are synchronized: each is a map lookup,
 * tiny next to the password hash it guards.
 */
final class LoginThrottle {

    private static final class Entry {
        int failures;
        Instant lastFailure;
        Instant blockedUntil;
    }

    private final ThrottlePolicy policy;
    private final Map<String, Entry> entries;

    LoginThrottle(ThrottlePolicy policy, int maxKeys) {
        this.policy = policy;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** How much longer {@code key} is locked out at {@code now}; zero if it is not. */
    synchronized Duration blockedFor(String key, Instant now) {
        Entry entry = live(key, now);
        if (entry == null || entry.blockedUntil == null || !now.isBefore(entry.blockedUntil)) {
            return Duration.ZERO;
        }
        return Duration.between(now, entry.blockedUntil);
    }

    /** Counts a failure and returns the delay it earns (also the lockout from now). */
    synchronized Duration recordFailure(String key, Instant now) {
        if (policy.isOff()) {
            return Duration.ZERO;
        }
        Entry entry = live(key, now);
        if (entry == null) {
            entry = new Entry();
            entries.put(key, entry);
        }
        entry.failures++;
        entry.lastFailure = now;
        Duration delay = policy.delayAfter(entry.failures);
        entry.blockedUntil = now.plus(delay);
        return delay;
    }

    synchronized void reset(String key) {
        entries.remove(key);
    }

    synchronized int trackedKeys() {
        return entries.size();
    }

    /** The entry for {@code key}, dropped and null if its window has passed. */
    private Entry live(String key, Instant now) {
        Entry entry = entries.get(key);
        if (entry != null && now.isAfter(entry.lastFailure.plus(policy.window()))
                && !now.isBefore(entry.blockedUntil)) {
            entries.remove(key);
            return null;
        }
        return entry;
    }
}
