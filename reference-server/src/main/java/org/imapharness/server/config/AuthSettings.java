package org.imapharness.server.config;

import java.util.Objects;
import org.imapharness.server.auth.AuthOptions;
import org.imapharness.server.auth.CachePolicy;
import org.imapharness.server.auth.HashCost;
import org.imapharness.server.auth.ThrottlePolicy;
import org.imapharness.server.auth.UsersFile;

/**
 * Login settings.
 *
 * @param inlineHashCost      cost of hashing {@code user NAME:PASSWORD} entries (and {@code {plain}}
 *                            users-file entries) at start
 * @param allowPlainPasswords accept {@code {plain}} passwords in the users file
 * @param userThrottle        failed-login throttle per user name
 * @param addressThrottle     failed-login throttle per client address
 * @param hashThreads         threads that run password hashing
 * @param cache               which successful logins are remembered (off by default)
 */
public record AuthSettings(HashCost inlineHashCost, boolean allowPlainPasswords, ThrottlePolicy userThrottle,
        ThrottlePolicy addressThrottle, int hashThreads, CachePolicy cache) {

    public static final AuthSettings DEFAULTS = new AuthSettings(HashCost.INLINE, false, ThrottlePolicy.PER_USER,
            ThrottlePolicy.PER_ADDRESS, AuthOptions.DEFAULTS.hashThreads(), CachePolicy.OFF);

    public AuthSettings {
        Objects.requireNonNull(cache, "cache");
        if (hashThreads < 1) {
            throw ConfigException.of("auth.threads", "must be at least 1, was " + hashThreads);
        }
    }

    /** What {@code Authenticator} takes. */
    public AuthOptions toOptions() {
        return new AuthOptions(userThrottle, addressThrottle, hashThreads, AuthOptions.DEFAULTS.queueCapacity(),
                AuthOptions.DEFAULTS.maxTrackedKeys(), cache);
    }

    /** What {@code UsersFile.read} and {@code Accounts.load} take. */
    public UsersFile.Options usersFileOptions() {
        return new UsersFile.Options(allowPlainPasswords, inlineHashCost);
    }
}
