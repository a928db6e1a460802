package org.imapharness.server.config;

import org.imapharness.server.auth.AuthOptions;
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
 */
public record AuthSettings(HashCost inlineHashCost, boolean allowPlainPasswords, ThrottlePolicy userThrottle,
        ThrottlePolicy addressThrottle, int hashThreads) {

    public static final AuthSettings DEFAULTS = new AuthSettings(HashCost.INLINE, false, ThrottlePolicy.PER_USER,
            ThrottlePolicy.PER_ADDRESS, AuthOptions.DEFAULTS.hashThreads());

    public AuthSettings {
        if (hashThreads < 1) {
            throw ConfigException.of("auth.threads", "must be at least 1, was " + hashThreads);
        }
    }

    /** What {@code Authenticator} takes. */
    public AuthOptions toOptions() {
        return new AuthOptions(userThrottle, addressThrottle, hashThreads, AuthOptions.DEFAULTS.queueCapacity(),
                AuthOptions.DEFAULTS.maxTrackedKeys());
    }

    /** What {@code UsersFile.read} and {@code Accounts.load} take. */
    public UsersFile.Options usersFileOptions() {
        return new UsersFile.Options(allowPlainPasswords, inlineHashCost);
    }
}
