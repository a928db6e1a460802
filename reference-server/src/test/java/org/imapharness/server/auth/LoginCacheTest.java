package org.imapharness.server.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.imapharness.server.auth.AuthResult.Outcome;
import org.imapharness.server.fault.FaultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The login cache as the {@link Authenticator} uses it: derivations counted, clock driven by hand. */
class LoginCacheTest {

    private static final HashCost CHEAP = new HashCost.Argon2id(64, 1, 1);
    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final ThrottlePolicy USER_POLICY =
            new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(8));

    private final SecureRandom random = new SecureRandom();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:10Z"));
    private final InetAddress home = InetAddress.getLoopbackAddress();
    private Authenticator auth;

    private void start(CachePolicy cache) {
        Accounts accounts = Accounts.of(List.of(
                Account.withPassword("alice", hash("wonderland")),
                Account.withPassword("carol", hash("carrots")),
                new Account("bob", hash("builder"), Totp.fromBase32(SECRET), List.of(hash("bob-phone-app")))));
        AuthOptions options = new AuthOptions(USER_POLICY, ThrottlePolicy.OFF, 1, 16, 1000, cache);
        auth = new Authenticator(accounts, options, FaultSet.none(), clock);
    }

    @AfterEach
    void stop() {
        if (auth != null) {
            auth.close();
        }
    }

    @Test
    void aRepeatedLoginIsAnsweredWithoutHashing() {
        start(new CachePolicy(100, Duration.ofHours(1)));
        assertEquals(AuthResult.success("alice"), login("alice", "wonderland"));
        long afterFirst = auth.derivations();
        assertEquals(AuthResult.success("alice"), login("alice", "wonderland"));
        assertEquals(AuthResult.success("alice"), login("alice", "wonderland"));
        assertEquals(afterFirst, auth.derivations(), "no derivation for a remembered login");
        assertEquals(2, auth.cacheHits());
    }

    @Test
    void offByDefaultEveryLoginIsHashed() {
        start(CachePolicy.OFF);
        login("alice", "wonderland");
        long afterFirst = auth.derivations();
        login("alice", "wonderland");
        assertEquals(afterFirst + auth.derivationsPerAttempt(), auth.derivations());
        assertEquals(0, auth.cacheHits());
    }

    @Test
    void wrongPasswordsAndUnknownNamesStillPayTheFullCheck() {
        start(new CachePolicy(100, Duration.ofHours(1)));
        login("alice", "wonderland");
        long before = auth.derivations();
        assertEquals(Outcome.FAILURE, login("alice", "wonderlan").outcome());
        assertEquals(Outcome.FAILURE, login("Alice", "wonderland").outcome(), "names are exact");
        assertEquals(Outcome.FAILURE, login("nobody", "wonderland").outcome());
        assertEquals(before + 3L * auth.derivationsPerAttempt(), auth.derivations());
        assertEquals(0, auth.cacheHits());
    }

    @Test
    void oneAccountsPasswordDoesNotOpenAnother() {
        start(new CachePolicy(100, Duration.ofHours(1)));
        login("alice", "wonderland");
        assertEquals(Outcome.FAILURE, login("carol", "wonderland").outcome());
    }

    @Test
    void accountsWithASecondFactorAreNeverRemembered() {
        start(new CachePolicy(100, Duration.ofHours(1)));
        long step = Totp.step(clock.instant());
        String withCode = "builder" + String.format("%06d", Totp.fromBase32(SECRET).codeAt(step));
        assertEquals(AuthResult.success("bob"), login("bob", withCode));
        assertEquals(Outcome.FAILURE, login("bob", withCode).outcome(), "a used code must not be replayable");
        assertEquals(AuthResult.success("bob"), login("bob", "bob-phone-app"));
        long before = auth.derivations();
        assertEquals(AuthResult.success("bob"), login("bob", "bob-phone-app"));
        assertEquals(before + auth.derivationsPerAttempt(), auth.derivations(), "app password of a TOTP account");
        assertEquals(0, auth.cacheHits());
    }

    @Test
    void entriesExpireAfterTheTtl() {
        start(new CachePolicy(100, Duration.ofMinutes(5)));
        login("alice", "wonderland");
        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        login("alice", "wonderland");
        assertEquals(1, auth.cacheHits());
        clock.advance(Duration.ofMillis(1));
        long before = auth.derivations();
        assertEquals(AuthResult.success("alice"), login("alice", "wonderland"));
        assertEquals(before + auth.derivationsPerAttempt(), auth.derivations(), "expired: hashed again");
        assertEquals(1, auth.cacheHits());
    }

    @Test
    void theLeastRecentlyUsedEntryMakesRoom() {
        start(new CachePolicy(1, Duration.ofHours(1)));
        login("alice", "wonderland");
        login("carol", "carrots");
        login("alice", "wonderland");
        assertEquals(0, auth.cacheHits(), "one slot, two users taking turns: every login hashed");
        login("alice", "wonderland");
        assertEquals(1, auth.cacheHits());
    }

    @Test
    void aLockedOutNameIsRefusedEvenWithARememberedPassword() {
        start(new CachePolicy(100, Duration.ofHours(1)));
        login("alice", "wonderland");
        for (int i = 0; i < 4; i++) {
            login("alice", "guess" + i);
        }
        assertEquals(Outcome.THROTTLED, login("alice", "wonderland").outcome());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(AuthResult.success("alice"), login("alice", "wonderland"));
        assertEquals(1, auth.cacheHits());
        assertEquals(Duration.ZERO, login("alice", "x").delay(), "a remembered login clears the count too");
    }

    @Test
    void aRememberedLoginCompletesOnTheCallingThreadAndWipesThePassword() throws Exception {
        start(new CachePolicy(100, Duration.ofHours(1)));
        auth.authenticate("alice", "wonderland".getBytes(UTF_8), home).get(10, TimeUnit.SECONDS);
        byte[] password = "wonderland".getBytes(UTF_8);
        CompletableFuture<AuthResult> again = auth.authenticate("alice", password, home);
        assertTrue(again.isDone(), "no trip through the hashing pool");
        assertEquals(AuthResult.success("alice"), again.get());
        assertArrayEquals(new byte[10], password);
    }

    @Test
    void policiesRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new CachePolicy(-1, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new CachePolicy(10, Duration.ZERO));
        assertTrue(!CachePolicy.OFF.enabled());
    }

    private AuthResult login(String user, String password) {
        return auth.authenticateNow(user, password.getBytes(UTF_8), home);
    }

    private PasswordHash hash(String password) {
        return PasswordHash.create(password.getBytes(UTF_8), CHEAP, random);
    }
}
