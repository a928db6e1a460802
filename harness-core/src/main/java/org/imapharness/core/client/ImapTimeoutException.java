package org.imapharness.core.client;

import java.time.Duration;

/**
 * A wait ran out: connecting, the TLS handshake, the greeting, or a command's tagged completion.
 * For commands the message names the tag and command, e.g. {@code A0007 FETCH: no completion
 * within 30 s}; {@link #tag()} and {@link #command()} are {@code null} for connection phases.
 */
public final class ImapTimeoutException extends ImapClientException {
    private static final long serialVersionUID = 1L;

    /** What was being waited for. */
    public enum Phase { CONNECT, TLS_HANDSHAKE, GREETING, COMMAND }

    private final Phase phase;
    private final String tag;
    private final String command;
    private final Duration timeout;

    public ImapTimeoutException(Phase phase, String tag, String command, Duration timeout, String what) {
        super(what + " within " + format(timeout));
        this.phase = phase;
        this.tag = tag;
        this.command = command;
        this.timeout = timeout;
    }

    static ImapTimeoutException command(String tag, String command, Duration timeout, String waitingFor) {
        return new ImapTimeoutException(Phase.COMMAND, tag, command, timeout,
                tag + " " + command + ": " + waitingFor);
    }

    public Phase phase() {
        return phase;
    }

    public String tag() {
        return tag;
    }

    public String command() {
        return command;
    }

    public Duration timeout() {
        return timeout;
    }

    static String format(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
