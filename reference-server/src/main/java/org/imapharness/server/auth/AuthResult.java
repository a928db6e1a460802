package org.imapharness.server.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer to one login attempt. The session sends its tagged response only after
 * {@link #delay()} has passed, by scheduling it on the channel's event loop (never by sleeping).
 *
 * @param outcome what happened
 * @param user    the authenticated name on {@link Outcome#SUCCESS}, otherwise null
 * @param delay   zero on success; on failure the back-off earned; when throttled, the time left
 *                in the lockout
 */
public record AuthResult(Outcome outcome, String user, Duration delay) {

    public enum Outcome {
        /** Credentials valid (and second factor, if the account has one). */
        SUCCESS,
        /** Wrong credentials, or no such user: deliberately the same answer. */
        FAILURE,
        /** Not checked: the user name or client address is locked out, or the server is saturated. */
        THROTTLED
    }

    public AuthResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(delay, "delay");
        if ((outcome == Outcome.SUCCESS) != (user != null)) {
            throw new IllegalArgumentException("user must be set exactly on SUCCESS");
        }
    }

    public static AuthResult success(String user) {
        return new AuthResult(Outcome.SUCCESS, user, Duration.ZERO);
    }

    public static AuthResult failure(Duration delay) {
        return new AuthResult(Outcome.FAILURE, null, delay);
    }

    public static AuthResult throttled(Duration retryAfter) {
        return new AuthResult(Outcome.THROTTLED, null, retryAfter);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
