package org.imapharness.server.auth;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;

/**
 * Checks logins. Password hashing takes milliseconds of CPU, so {@link #authenticate} runs it on
 * this object's own small thread pool and completes a future; sessions call it from the event
 * loop and send the answer from the future's callback, after {@link AuthResult#delay()}.
 * {@link #authenticateNow} is the same check on the calling thread (tests, tools).
 *
 * <p>Answers never tell whether a user exists: unknown names get FAILURE after the same hash work
 * ({@code CredentialCheck}), and are counted by the throttles like real ones. Throttling keys on
 * the name as typed and on the client address; while either is locked out, attempts are answered
 * THROTTLED without hashing. A success clears the name's counter but not the address's, so one
 * valid account cannot be used to reset an address that is guessing at others.
 *
 * <p>With a {@link CachePolicy} set, successful logins are remembered ({@link LoginCache}) and a
 * repeat of one is answered without hashing; failures always pay the full check.
 *
 * <p>Fault {@link Fault#NO_THROTTLE} turns both throttles off.
 */
public final class Authenticator implements AutoCloseable {

    /** Saturated pool: tell the client to come back shortly rather than queue without bound. */
    static final Duration BUSY_RETRY = Duration.ofSeconds(1);

    private final Accounts accounts;
    private final CredentialCheck check;
    private final LoginThrottle userThrottle;
    private final LoginThrottle addressThrottle;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    private final LoginCache cache;
    private final LongAdder cacheHits = new LongAdder();

    public Authenticator(Accounts accounts, AuthOptions options, FaultSet faults, Clock clock) {
        boolean throttled = !faults.has(Fault.NO_THROTTLE);
        this.accounts = accounts;
        SecureRandom random = new SecureRandom();
        this.check = new CredentialCheck(accounts, random);
        this.cache = new LoginCache(options.cache(), random);
        this.userThrottle = new LoginThrottle(throttled ? options.perUser() : ThrottlePolicy.OFF,
                options.maxTrackedKeys());
        this.addressThrottle = new LoginThrottle(throttled ? options.perAddress() : ThrottlePolicy.OFF,
                options.maxTrackedKeys());
        this.clock = clock;
        AtomicInteger threadNumber = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(options.hashThreads(), options.hashThreads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(options.queueCapacity()), task -> {
                    Thread thread = new Thread(task, "imap-auth-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Checks a login off the caller's thread. Takes ownership of {@code password} and zeroes it
     * when done, so the caller must not reuse the array. Answers that need no hashing (locked out,
     * or a login the cache remembers) complete at once on the calling thread.
     *
     * @param user     the name as sent (LOGIN userid, or SASL PLAIN authcid)
     * @param password the password octets; with TOTP, followed by the 6-digit code
     * @param from     the client address, or null when there is none (in-process channels)
     */
    public CompletableFuture<AuthResult> authenticate(String user, byte[] password, InetAddress from) {
        Objects.requireNonNull(password, "password");
        AuthResult quick;
        try {
            quick = answerWithoutHashing(user, password, from);
        } catch (RuntimeException e) {
            Arrays.fill(password, (byte) 0);
            throw e;
        }
        if (quick != null) {
            Arrays.fill(password, (byte) 0);
            return CompletableFuture.completedFuture(quick);
        }
        try {
            // The pool task checks the throttles afresh: a lockout earned while this attempt
            // queued applies to it. The cache was just asked; asking it again would only repeat the HMAC.
            return CompletableFuture.supplyAsync(() -> {
                try {
                    AuthResult locked = lockedOut(user, from, clock.instant());
                    return locked != null ? locked : checkHash(user, password, from);
                } finally {
                    Arrays.fill(password, (byte) 0);
                }
            }, pool);
        } catch (RejectedExecutionException saturated) {
            Arrays.fill(password, (byte) 0);
            return CompletableFuture.completedFuture(AuthResult.throttled(BUSY_RETRY));
        }
    }

    /** {@link #authenticate} on the calling thread; blocks for the hash work. */
    public AuthResult authenticateNow(String user, byte[] password, InetAddress from) {
        Objects.requireNonNull(password, "password");
        try {
            AuthResult quick = answerWithoutHashing(user, password, from);
            return quick != null ? quick : checkHash(user, password, from);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    /** THROTTLED while locked out, SUCCESS for a remembered login, null when the hash must decide. */
    private AuthResult answerWithoutHashing(String user, byte[] password, InetAddress from) {
        Instant now = clock.instant();
        AuthResult locked = lockedOut(user, from, now);
        if (locked != null || !cache.enabled()) {
            return locked;
        }
        Account account = accounts.find(user).orElse(null);
        if (!cache.remembers(account, password, now)) {
            return null;
        }
        cacheHits.increment();
        userThrottle.reset(userKey(user));
        return AuthResult.success(account.name());
    }

    /** THROTTLED while the name or the address is locked out, else null. */
    private AuthResult lockedOut(String user, InetAddress from, Instant now) {
        Duration locked = max(userThrottle.blockedFor(userKey(user), now),
                addressThrottle.blockedFor(addressKey(from), now));
        return locked.isZero() ? null : AuthResult.throttled(locked);
    }

    private AuthResult checkHash(String user, byte[] password, InetAddress from) {
        Account account = accounts.find(user).orElse(null);
        Instant now = clock.instant();
        String userKey = userKey(user);
        if (check.verify(account, password, now)) {
            cache.remember(account, password, now);
            userThrottle.reset(userKey);
            return AuthResult.success(account.name());
        }
        Instant failedAt = clock.instant();
        return AuthResult.failure(max(userThrottle.recordFailure(userKey, failedAt),
                addressThrottle.recordFailure(addressKey(from), failedAt)));
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Password derivations performed so far (a server statistic; also how tests see the work done). */
    public long derivations() {
        return check.derivations();
    }

    /** Logins answered from the cache, without a derivation. */
    public long cacheHits() {
        return cacheHits.sum();
    }

    /** Derivations every attempt that is not throttled costs, whoever the user. */
    public int derivationsPerAttempt() {
        return check.derivationsPerAttempt();
    }

    /** Stops the hashing threads; pending futures still complete. */
    @Override
    public void close() {
        pool.shutdown();
    }

    /** Names longer than any valid one are cut, so a 64 KiB name cannot bloat the throttle table. */
    private static String userKey(String user) {
        if (user == null) {
            return "";
        }
        return user.length() > AccountNames.MAX_LENGTH + 1 ? user.substring(0, AccountNames.MAX_LENGTH + 1) : user;
    }

    /** IPv6 clients usually own a whole /64, so throttling by full address would be no throttle. */
    static String addressKey(InetAddress from) {
        if (from == null) {
            return "-";
        }
        if (from instanceof Inet6Address) {
            byte[] prefix = Arrays.copyOf(from.getAddress(), 8);
            StringBuilder key = new StringBuilder("v6:");
            for (byte b : prefix) {
                key.append(String.format("%02x", b));
            }
            return key.append("/64").toString();
        }
        return from.getHostAddress();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
