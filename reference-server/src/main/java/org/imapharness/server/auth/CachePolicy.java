package org.imapharness.server.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How many successful logins {@link LoginCache} remembers, and for how long. The counterpart of
 * Dovecot's {@code auth_cache_size} and {@code auth_cache_ttl} (Dovecot counts bytes, this counts
 * entries of about 200 bytes each).
 *
 * @param maxEntries most remembered logins; 0 turns the cache off
 * @param ttl        how long a remembered login is trusted without hashing again
 */
public record CachePolicy(int maxEntries, Duration ttl) {

    /** The default, as in Dovecot: every login is checked against its hash. */
    public static final CachePolicy OFF = new CachePolicy(0, Duration.ofHours(1));

    public CachePolicy {
        Objects.requireNonNull(ttl, "ttl");
        if (maxEntries < 0) {
            throw new IllegalArgumentException("cache entries must be >= 0, was " + maxEntries);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("cache ttl must be positive, was " + ttl);
        }
    }

    public boolean enabled() {
        return maxEntries > 0;
    }
}
