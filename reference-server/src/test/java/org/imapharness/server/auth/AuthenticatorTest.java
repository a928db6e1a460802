package org.imapharness.server.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imapharness.server.auth.AuthResult.Outcome;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    private static final HashCost CHEAP = new HashCost.Argon2id(64, 1, 1);
    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final ThrottlePolicy USER_POLICY =
            new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(8));
    private static final ThrottlePolicy ADDRESS_POLICY =
            new ThrottlePolicy(6, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(8));
    private static final AuthOptions OPTIONS =
            new AuthOptions(USER_POLICY, ADDRESS_POLICY, 2, 16, 1000, CachePolicy.OFF);

    private final SecureRandom random = new SecureRandom();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:10Z"));
    private final InetAddress home = address("192.0.2.1");
    private final InetAddress away = address("198.51.100.7");
    private Authenticator auth;

    private PasswordHash hash(String password) {
        return PasswordHash.create(password.getBytes(UTF_8), CHEAP, random);
    }

    private Accounts accounts() {
        return Accounts.of(List.of(
                Account.withPassword("alice", hash("wonderland")),
                new Account("bob", hash("builder"), Totp.fromBase32(SECRET), List.of(hash("bob-phone-app")))));
    }

    private Authenticator start(FaultSet faults) {
        auth = new Authenticator(accounts(), OPTIONS, faults, clock);
        return auth;
    }

    @AfterEach
    void stop() {
        if (auth != null) {
            auth.close();
        }
    }

    private AuthResult login(String user, String password, InetAddress from) {
        return auth.authenticateNow(user, password.getBytes(UTF_8), from);
    }

    private String bobCode(int stepOffset) {
        long step = Totp.step(clock.instant()) + stepOffset;
        return String.format("%06d", Totp.fromBase32(SECRET).codeAt(step));
    }

    @Test
    void rightPasswordSucceedsWrongOneAndUnknownUserFailAlike() {
        start(FaultSet.none());
        assertEquals(AuthResult.success("alice"), login("alice", "wonderland", home));
        assertEquals(AuthResult.failure(Duration.ZERO), login("alice", "wonderlant", home));
        assertEquals(AuthResult.failure(Duration.ZERO), login("mallory", "wonderland", home));
        assertEquals(AuthResult.failure(Duration.ZERO), login("Alice", "wonderland", home));
        assertEquals(AuthResult.failure(Duration.ZERO), auth.authenticateNow(null, new byte[0], null));
    }

    @Test
    void everyAttemptCostsTheSameHashWorkWhetherOrNotTheUserExists() {
        start(FaultSet.none());
        assertEquals(2, auth.derivationsPerAttempt(), "main password + one app-password slot");
        long before = auth.derivations();
        login("alice", "nope", home);
        long known = auth.derivations() - before;
        login("nobody-" + random.nextInt(), "nope", away);
        long unknown = auth.derivations() - before - known;
        login("bob", "builder" + bobCode(0), home);
        long withTotp = auth.derivations() - before - known - unknown;
        assertEquals(2, known);
        assertEquals(known, unknown);
        assertEquals(known, withTotp);
    }

    @Test
    void failuresEarnGrowingDelaysThenLockTheUserOut() {
        start(FaultSet.none());
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, login("alice", "guess" + i, home).delay());
        }
        AuthResult fourth = login("alice", "guess3", home);
        assertEquals(Outcome.FAILURE, fourth.outcome());
        assertEquals(Duration.ofSeconds(1), fourth.delay());
        long before = auth.derivations();
        AuthResult locked = login("alice", "wonderland", away);
        assertEquals(AuthResult.throttled(Duration.ofSeconds(1)), locked, "right password, but locked");
        assertEquals(before, auth.derivations(), "no hashing while locked out");
        clock.advance(Duration.ofMillis(1000));
        assertEquals(AuthResult.success("alice"), login("alice", "wonderland", away));
        assertEquals(Duration.ZERO, login("alice", "x", away).delay(), "success cleared the user's count");
    }

    @Test
    void unknownUsersAreThrottledExactlyLikeRealOnes() {
        start(FaultSet.none());
        for (String user : new String[] {"alice", "zed"}) {
            InetAddress from = address(user.equals("alice") ? "203.0.113.1" : "203.0.113.2");
            for (int i = 0; i < 3; i++) {
                assertEquals(AuthResult.failure(Duration.ZERO), login(user, "x", from));
            }
            assertEquals(AuthResult.failure(Duration.ofSeconds(1)), login(user, "x", from));
            assertEquals(AuthResult.throttled(Duration.ofSeconds(1)), login(user, "x", from));
        }
    }

    @Test
    void anAddressGuessingAcrossManyNamesIsThrottled() {
        start(FaultSet.none());
        for (int i = 0; i < 6; i++) {
            assertEquals(Duration.ZERO, login("user" + i, "x", home).delay());
        }
        assertEquals(Duration.ofSeconds(1), login("user6", "x", home).delay());
        assertEquals(Outcome.THROTTLED, login("alice", "wonderland", home).outcome());
        assertEquals(Outcome.SUCCESS, login("alice", "wonderland", away).outcome(), "other addresses unaffected");
    }

    @Test
    void ipv6ClientsAreThrottledByTheirSlash64() {
        assertEquals(Authenticator.addressKey(address("2001:db8:1:2::1")),
                Authenticator.addressKey(address("2001:db8:1:2:ffff::9")));
        assertTrue(!Authenticator.addressKey(address("2001:db8:1:2::1"))
                .equals(Authenticator.addressKey(address("2001:db8:1:3::1"))));
        assertEquals("192.0.2.1", Authenticator.addressKey(home));
    }

    @Test
    void noThrottleFaultTurnsThrottlingOff() {
        start(FaultSet.of(Fault.NO_THROTTLE));
        for (int i = 0; i < 20; i++) {
            assertEquals(AuthResult.failure(Duration.ZERO), login("alice", "guess" + i, home));
        }
        assertEquals(AuthResult.success("alice"), login("alice", "wonderland", home));
    }

    @Test
    void totpCodeIsAppendedToThePasswordAndWorksOnce() {
        start(FaultSet.none());
        assertEquals(Outcome.FAILURE, login("bob", "builder", home).outcome(), "code missing");
        String wrongCode = String.format("%06d", (Integer.parseInt(bobCode(0)) + 1) % 1_000_000);
        assertEquals(Outcome.FAILURE, login("bob", "builder" + wrongCode, home).outcome(), "wrong code");
        assertEquals(Outcome.FAILURE, login("bob", "builde" + bobCode(0), home).outcome(), "wrong password");
        assertEquals(AuthResult.success("bob"), login("bob", "builder" + bobCode(0), home));
        assertEquals(Outcome.FAILURE, login("bob", "builder" + bobCode(0), home).outcome(), "replayed code");
        assertEquals(Outcome.FAILURE, login("bob", "builder" + bobCode(-1), home).outcome(), "older code");
        assertEquals(AuthResult.success("bob"), login("bob", "builder" + bobCode(1), home), "clock skew +1 step");
    }

    @Test
    void aWrongPasswordDoesNotBurnTheCode() {
        start(FaultSet.none());
        String code = bobCode(0);
        assertEquals(Outcome.FAILURE, login("bob", "wrong" + code, home).outcome());
        assertEquals(AuthResult.success("bob"), login("bob", "builder" + code, home));
    }

    @Test
    void appPasswordsBypassTheSecondFactor() {
        start(FaultSet.none());
        assertEquals(AuthResult.success("bob"), login("bob", "bob-phone-app", home));
        assertEquals(AuthResult.success("bob"), login("bob", "bob-phone-app", home), "app passwords are reusable");
        assertEquals(Outcome.FAILURE, login("bob", "bob-phone-app" + bobCode(0), home).outcome());
    }

    @Test
    void saslPlainCredentialsFeedTheSameCheck() {
        start(FaultSet.none());
        SaslPlain.Credentials c = SaslPlain.decode(("\0bob\0builder" + bobCode(0)).getBytes(UTF_8));
        assertEquals(AuthResult.success("bob"), auth.authenticateNow(c.authcid(), c.password(), home));
    }

    @Test
    void asyncCheckCompletesAndWipesThePassword() throws Exception {
        start(FaultSet.none());
        byte[] password = "wonderland".getBytes(UTF_8);
        AuthResult result = auth.authenticate("alice", password, home).get(10, TimeUnit.SECONDS);
        assertEquals(AuthResult.success("alice"), result);
        assertArrayEquals(new byte[10], password, "password zeroed after use");
        assertEquals(Outcome.FAILURE, auth.authenticate("alice", "x".getBytes(UTF_8), home)
                .get(10, TimeUnit.SECONDS).outcome());
    }

    @Test
    void aSaturatedPoolAnswersThrottledInsteadOfQueueingForever() throws Exception {
        Accounts slow = Accounts.of(List.of(Account.withPassword("s",
                PasswordHash.create(new byte[] {1}, new HashCost.Argon2id(4096, 1, 1), random))));
        auth = new Authenticator(slow,
                new AuthOptions(ThrottlePolicy.OFF, ThrottlePolicy.OFF, 1, 1, 10, CachePolicy.OFF), FaultSet.none(), clock);
        var results = new java.util.ArrayList<java.util.concurrent.CompletableFuture<AuthResult>>();
        for (int i = 0; i < 6; i++) {
            results.add(auth.authenticate("s", new byte[] {2}, home));
        }
        long busy = 0;
        for (var future : results) {
            AuthResult r = future.get(30, TimeUnit.SECONDS);
            if (r.outcome() == Outcome.THROTTLED) {
                busy++;
                assertEquals(Authenticator.BUSY_RETRY, r.delay());
            }
        }
        assertTrue(busy >= 1, "one thread + one queue slot cannot hold six attempts");
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
