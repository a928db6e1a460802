package org.imapharness.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final ThrottlePolicy POLICY =
            new ThrottlePolicy(2, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(5));

    @Test
    void delaysDoubleAfterTheFreeFailuresUpToTheCap() {
        assertEquals(Duration.ZERO, POLICY.delayAfter(1));
        assertEquals(Duration.ZERO, POLICY.delayAfter(2));
        assertEquals(Duration.ofSeconds(1), POLICY.delayAfter(3));
        assertEquals(Duration.ofSeconds(2), POLICY.delayAfter(4));
        assertEquals(Duration.ofSeconds(4), POLICY.delayAfter(5));
        assertEquals(Duration.ofSeconds(5), POLICY.delayAfter(6));
        assertEquals(Duration.ofSeconds(5), POLICY.delayAfter(Integer.MAX_VALUE));
        assertEquals(Duration.ZERO, ThrottlePolicy.OFF.delayAfter(1_000_000));
        assertTrue(ThrottlePolicy.OFF.isOff());
    }

    @Test
    void policyValidation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(1,
                Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("below base delay"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(-1, Duration.ZERO, Duration.ZERO,
                Duration.ZERO));
    }

    @Test
    void locksOutForTheEarnedDelayThenLetsTheNextAttemptIn() {
        LoginThrottle throttle = new LoginThrottle(POLICY, 100);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Duration.ZERO, throttle.recordFailure("k", t));
        assertEquals(Duration.ZERO, throttle.recordFailure("k", t));
        assertEquals(Duration.ZERO, throttle.blockedFor("k", t));
        assertEquals(Duration.ofSeconds(1), throttle.recordFailure("k", t));
        assertEquals(Duration.ofSeconds(1), throttle.blockedFor("k", t));
        assertEquals(Duration.ofMillis(400), throttle.blockedFor("k", t.plusMillis(600)));
        assertEquals(Duration.ZERO, throttle.blockedFor("k", t.plusSeconds(1)));
        assertEquals(Duration.ofSeconds(2), throttle.recordFailure("k", t.plusSeconds(1)));
        assertEquals(Duration.ZERO, throttle.blockedFor("other", t.plusSeconds(1)));
    }

    @Test
    void countersExpireAWindowAfterTheLastFailure() {
        LoginThrottle throttle = new LoginThrottle(POLICY, 100);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("k", t);
        }
        Instant later = t.plus(Duration.ofMinutes(10)).plusSeconds(1);
        assertEquals(Duration.ZERO, throttle.blockedFor("k", later));
        assertEquals(0, throttle.trackedKeys(), "expired entry dropped");
        assertEquals(Duration.ZERO, throttle.recordFailure("k", later), "count starts again");
    }

    @Test
    void resetForgetsAKey() {
        LoginThrottle throttle = new LoginThrottle(POLICY, 100);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("k", t);
        }
        throttle.reset("k");
        assertEquals(Duration.ZERO, throttle.blockedFor("k", t));
        assertEquals(Duration.ZERO, throttle.recordFailure("k", t));
    }

    @Test
    void tableIsBoundedLeastRecentlyUsedFirst() {
        LoginThrottle throttle = new LoginThrottle(POLICY, 3);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("hot", t);
        }
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("name" + i, t);
            throttle.blockedFor("hot", t);
        }
        assertEquals(3, throttle.trackedKeys());
        assertEquals(Duration.ofSeconds(1), throttle.blockedFor("hot", t), "recently used key survives");
    }
}
