package org.imapharness.server.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.imapharness.server.fault.FaultSet;
import org.junit.jupiter.api.Test;

/**
 * Measures that a failed login costs as much for a name that does not exist as for one that does.
 * Built to hold on a shared, loaded 2-core machine:
 * <ul>
 *   <li>it measures the checking thread's CPU time, not wall time: the work is what would differ,
 *       and CPU time leaves out the time the thread waits for a core (with wall time, medians here
 *       flipped by 2× between runs under other builds' load);</li>
 *   <li>the accounts use PBKDF2, pure computation: Argon2's memory traffic made even CPU time swing
 *       by 1.5× when other processes were busy, while PBKDF2 stays within a few percent at a load
 *       average of 12 (the code path under test is the same for both algorithms);</li>
 *   <li>the kinds of attempt are interleaved and rotated, so JIT and cache effects hit all alike;</li>
 *   <li>it compares medians, and the bound is generous: a missing dummy hash would show as a
 *       ratio near 100 (microseconds against milliseconds), not 1.5.</li>
 * </ul>
 * The exact guarantee, equal hash work, is asserted in
 * {@code AuthenticatorTest.everyAttemptCostsTheSameHashWorkWhetherOrNotTheUserExists}.
 */
class AuthTimingTest {

    private static final HashCost COST = new HashCost.Pbkdf2Sha256(3000);
    private static final int WARMUP = 10;
    private static final int ROUNDS = 31;
    private static final double MAX_RATIO = 1.5;

    @Test
    void unknownUsersTakeAsLongAsKnownOnes() throws Exception {
        SecureRandom random = new SecureRandom();
        Accounts accounts = Accounts.of(List.of(
                Account.withPassword("alice", PasswordHash.create("wonderland".getBytes(UTF_8), COST, random)),
                new Account("bob", PasswordHash.create("builder".getBytes(UTF_8), COST, random),
                        Totp.fromBase32(Totp.newSecret(random)),
                        List.of(PasswordHash.create("app".getBytes(UTF_8), COST, random)))));
        InetAddress from = InetAddress.getLoopbackAddress();
        try (Authenticator auth = new Authenticator(accounts,
                AuthOptions.DEFAULTS.withThrottles(ThrottlePolicy.OFF, ThrottlePolicy.OFF), FaultSet.none(),
                Clock.systemUTC())) {
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            assumeTrue(cpu.isCurrentThreadCpuTimeSupported(), "needs per-thread CPU time");
            String[] users = {"alice", "bob", "nobody"};
            long[][] samples = new long[users.length][ROUNDS];
            for (int round = -WARMUP; round < ROUNDS; round++) {
                for (int u = 0; u < users.length; u++) {
                    // rotate the order each round so no kind always runs first after a pause
                    int which = Math.floorMod(u + round, users.length);
                    long start = cpu.getCurrentThreadCpuTime();
                    auth.authenticateNow(users[which], "wrong-password1".getBytes(UTF_8), from);
                    long took = cpu.getCurrentThreadCpuTime() - start;
                    if (round >= 0) {
                        samples[which][round] = took;
                    }
                }
            }
            double alice = median(samples[0]);
            double bob = median(samples[1]);
            double nobody = median(samples[2]);
            String report = String.format("median CPU time: alice %.2f ms, bob (totp+app) %.2f ms, unknown %.2f ms",
                    alice / 1e6, bob / 1e6, nobody / 1e6);
            assertTrue(ratio(alice, nobody) < MAX_RATIO, report);
            assertTrue(ratio(bob, nobody) < MAX_RATIO, report);
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double ratio(double a, double b) {
        return Math.max(a, b) / Math.min(a, b);
    }
}
