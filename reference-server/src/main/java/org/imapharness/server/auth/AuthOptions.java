package org.imapharness.server.auth;

import java.util.Objects;

/**
 * Tuning of an {@link Authenticator}.
 *
 * @param perUser       throttle keyed by the user name as typed
 * @param perAddress    throttle keyed by client address (IPv6 by /64 prefix)
 * @param hashThreads   threads that run password hashing, off the event loops
 * @param queueCapacity attempts that may wait for a hashing thread; beyond that new attempts are
 *                      answered THROTTLED at once rather than queued without bound
 * @param maxTrackedKeys most names (and, separately, addresses) whose failures are remembered
 * @param cache         which successful logins are remembered and answered without hashing
 */
public record AuthOptions(ThrottlePolicy perUser, ThrottlePolicy perAddress, int hashThreads,
        int queueCapacity, int maxTrackedKeys, CachePolicy cache) {

    public static final AuthOptions DEFAULTS = new AuthOptions(ThrottlePolicy.PER_USER, ThrottlePolicy.PER_ADDRESS,
            Runtime.getRuntime().availableProcessors(), 1024, 100_000, CachePolicy.OFF);

    public AuthOptions {
        Objects.requireNonNull(cache, "cache");
        if (hashThreads < 1) {
            throw new IllegalArgumentException("hashThreads must be >= 1, was " + hashThreads);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be >= 1, was " + queueCapacity);
        }
        if (maxTrackedKeys < 1) {
            throw new IllegalArgumentException("maxTrackedKeys must be >= 1, was " + maxTrackedKeys);
        }
    }

    public AuthOptions withThrottles(ThrottlePolicy user, ThrottlePolicy address) {
        return new AuthOptions(user, address, hashThreads, queueCapacity, maxTrackedKeys, cache);
    }

    public AuthOptions withCache(CachePolicy policy) {
        return new AuthOptions(perUser, perAddress, hashThreads, queueCapacity, maxTrackedKeys, policy);
    }
}
