package org.imapharness.server.config;

import java.time.Duration;

/**
 * Bounds on what one client can make the server hold or wait for.
 *
 * @param maxLineLength            longest command line (text between literals), CRLF included
 * @param maxLiteralSize           largest literal (APPEND message, or any string literal)
 * @param maxCommandsInFlight      pipelined commands read but not yet answered, per connection
 * @param maxConnectionsPerUser    concurrent authenticated connections of one user
 * @param maxConnectionsPerAddress concurrent connections from one client address
 * @param idleTimeout              autologout after this long without a command once authenticated
 *                                 (RFC 3501 §5.4: at least 30 minutes)
 * @param preAuthTimeout           autologout before authentication; short, since an unauthenticated
 *                                 connection costs us and gives nothing back
 * @param maxBufferedBytes         most bytes held for one connection, inbound and outbound together;
 *                                 at least one largest literal plus one longest line
 */
public record Limits(int maxLineLength, long maxLiteralSize, int maxCommandsInFlight, int maxConnectionsPerUser,
        int maxConnectionsPerAddress, Duration idleTimeout, Duration preAuthTimeout, long maxBufferedBytes) {

    /** RFC 3501 §5.4's floor for an inactivity autologout timer. */
    public static final Duration RFC_MIN_IDLE_TIMEOUT = Duration.ofMinutes(30);

    /** Largest literal the grammar allows: {@code number} is an unsigned 32-bit value (RFC 3501 §9). */
    public static final long MAX_NUMBER = 4_294_967_295L;

    public static final Limits DEFAULTS = new Limits(64 * 1024, 50L << 20, 256, 100, 500,
            RFC_MIN_IDLE_TIMEOUT, Duration.ofSeconds(60), 64L << 20);

    public Limits {
        positive("max-line-length", maxLineLength);
        positive("max-commands-in-flight", maxCommandsInFlight);
        positive("max-connections-per-user", maxConnectionsPerUser);
        positive("max-connections-per-address", maxConnectionsPerAddress);
        if (maxLineLength < 1024) {
            throw ConfigException.of("max-line-length", "must be at least 1k so ordinary commands fit, was "
                    + maxLineLength);
        }
        if (maxLiteralSize < 0 || maxLiteralSize > MAX_NUMBER) {
            throw ConfigException.of("max-literal-size", "must be in 0.." + MAX_NUMBER + " (RFC 3501 §9 number), was "
                    + maxLiteralSize);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw ConfigException.of("idle-timeout", "must be positive, was " + Durations.format(idleTimeout));
        }
        if (preAuthTimeout.isNegative() || preAuthTimeout.isZero()) {
            throw ConfigException.of("preauth-timeout", "must be positive, was " + Durations.format(preAuthTimeout));
        }
        long needed = maxLiteralSize + maxLineLength;
        if (maxBufferedBytes < needed) {
            throw ConfigException.of("max-buffered-bytes", "must hold one largest literal plus one longest line ("
                    + ByteSizes.format(needed) + " bytes), was " + ByteSizes.format(maxBufferedBytes));
        }
    }

    private static void positive(String key, long value) {
        if (value < 1) {
            throw ConfigException.of(key, "must be at least 1, was " + value);
        }
    }
}
