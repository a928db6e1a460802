package org.imapharness.server.net;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts open connections per client address and authenticated connections per user, and refuses
 * a slot beyond the configured maximum. Thread-safe: connections open and close on many event
 * loops. Every successful {@code tryAcquire} must be paired with one {@code release}.
 */
public final class ConnectionLimits {
    private final int perAddress;
    private final int perUser;
    private final ConcurrentMap<InetAddress, Integer> byAddress = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Integer> byUser = new ConcurrentHashMap<>();

    public ConnectionLimits(int maxPerAddress, int maxPerUser) {
        if (maxPerAddress < 1 || maxPerUser < 1) {
            throw new IllegalArgumentException("connection limits must be at least 1");
        }
        this.perAddress = maxPerAddress;
        this.perUser = maxPerUser;
    }

    public boolean tryAcquireAddress(InetAddress address) {
        return tryAcquire(byAddress, address, perAddress);
    }

    public void releaseAddress(InetAddress address) {
        release(byAddress, address);
    }

    public boolean tryAcquireUser(String user) {
        return tryAcquire(byUser, user, perUser);
    }

    public void releaseUser(String user) {
        release(byUser, user);
    }

    public int maxPerAddress() {
        return perAddress;
    }

    public int maxPerUser() {
        return perUser;
    }

    /** Connections open from {@code address} now. */
    public int openFrom(InetAddress address) {
        return byAddress.getOrDefault(address, 0);
    }

    private static <K> boolean tryAcquire(ConcurrentMap<K, Integer> counts, K key, int max) {
        boolean[] granted = new boolean[1];
        counts.compute(key, (k, n) -> {
            int now = n == null ? 0 : n;
            granted[0] = now < max;
            return granted[0] ? now + 1 : n;
        });
        return granted[0];
    }

    /** Drops the entry at zero, so the maps hold only keys with open connections. */
    private static <K> void release(ConcurrentMap<K, Integer> counts, K key) {
        counts.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
    }
}
