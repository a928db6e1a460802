package org.imapharness.server.auth;

import java.time.Duration;

/**
 * How failed logins slow down further attempts for one key (a user name, or a client address).
 * The first {@code freeFailures} failures cost nothing; each later one doubles the delay, from
 * {@code baseDelay} up to {@code maxDelay}. A key's count is forgotten {@code window} after its
 * last failure.
 */
public record ThrottlePolicy(int freeFailures, Duration window, Duration baseDelay, Duration maxDelay) {

    /** Per user name: 3 free failures, then 1 s, 2 s, 4 s, … up to 30 s; forgotten after 15 min. */
    public static final ThrottlePolicy PER_USER =
            new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** Per address: laxer, since many users may share one address (NAT, a test harness). */
    public static final ThrottlePolicy PER_ADDRESS =
            new ThrottlePolicy(10, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** No throttling at all (also what the {@code no-throttle} fault selects). */
    public static final ThrottlePolicy OFF = new ThrottlePolicy(Integer.MAX_VALUE, Duration.ZERO,
            Duration.ZERO, Duration.ZERO);

    public ThrottlePolicy {
        if (freeFailures < 0) {
            throw new IllegalArgumentException("freeFailures must be >= 0, was " + freeFailures);
        }
        if (window.isNegative() || baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("throttle durations must not be negative");
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("throttle max delay " + maxDelay + " is below base delay " + baseDelay);
        }
    }

    public boolean isOff() {
        return freeFailures == Integer.MAX_VALUE || maxDelay.isZero() || window.isZero();
    }

    /** The delay imposed after the {@code failures}-th failure within the window. */
    public Duration delayAfter(int failures) {
        if (isOff() || failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 30);
        long millis = baseDelay.toMillis() << doublings;
        return millis <= 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
    }
}
