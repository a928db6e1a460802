package org.imapharness.core.client;

import io.netty.channel.Channel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * The connection's life around the commands: the greeting (RFC 3501 §7.1, with its timeout) and
 * the close, with the first reason given for it. Event-loop confined, except for the futures and
 * {@link #closed()}.
 */
final class ConnectionState {
    private final Channel channel;
    private final ImapClientConfig config;
    private final CapabilityCache capabilities;
    private final Runnable tlsUpgrade;

    final CompletableFuture<UntaggedResponse.Status> greeting = new CompletableFuture<>();
    final CompletableFuture<ConnectionClosedException> closeFuture = new CompletableFuture<>();

    private ScheduledFuture<?> greetingTimer;
    private String closeReason;
    private Throwable closeCause;
    private Throwable ioError;
    private UntaggedResponse.Status bye;
    private volatile ConnectionClosedException closed;

    ConnectionState(Channel channel, ImapClientConfig config, CapabilityCache capabilities, Runnable tlsUpgrade) {
        this.channel = channel;
        this.config = config;
        this.capabilities = capabilities;
        this.tlsUpgrade = tlsUpgrade;
    }

    /** The close reason once the channel is closed, else null. */
    ConnectionClosedException closed() {
        return closed;
    }

    boolean greeted() {
        return greeting.isDone();
    }

    void armGreetingTimer() {
        greetingTimer = channel.eventLoop().schedule(() -> failGreeting(new ImapTimeoutException(
                ImapTimeoutException.Phase.GREETING, null, null, config.commandTimeout(),
                "no greeting from " + config.endpoint())), config.commandTimeout().toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The first response: OK or PREAUTH opens the connection, anything else ends it. */
    void onGreeting(Response r) {
        if (r instanceof UntaggedResponse.Status s
                && (s.status() == StatusCondition.OK || s.status() == StatusCondition.PREAUTH)) {
            cancelGreetingTimer();
            capabilities.update(s);
            greeting.complete(s);
        } else if (r instanceof UntaggedResponse.Status s && s.status() == StatusCondition.BYE) {
            noteBye(s);
            failGreeting(new GreetingRejectedException(config.endpoint(), s));
        } else {
            failGreeting(new ImapProtocolException("expected a greeting (* OK, * PREAUTH or * BYE, RFC 3501 §7.1) from "
                    + config.endpoint() + ", got " + describe(r)));
        }
    }

    private static String describe(Response r) {
        if (r instanceof MalformedResponse m) {
            return "unparsable bytes \"" + m.raw() + "\" (" + m.cause().getMessage() + ")";
        }
        return r.toString();
    }

    void failGreeting(Throwable cause) {
        cancelGreetingTimer();
        if (greeting.completeExceptionally(cause)) {
            closeWith("no usable greeting: " + cause.getMessage(), cause);
        }
    }

    void noteBye(UntaggedResponse.Status s) {
        if (bye == null) {
            bye = s;
        }
    }

    void upgradeToTls() {
        tlsUpgrade.run();
    }

    /** Closes the channel; the first reason given is the one pending commands will see. */
    void closeWith(String reason, Throwable cause) {
        if (closeReason == null) {
            closeReason = reason;
            closeCause = cause;
        }
        channel.close();
    }

    /** The socket failed; the channel is closed. A BYE received before still wins as the reason. */
    void ioError(Throwable cause) {
        if (ioError == null) {
            ioError = cause;
        }
        channel.close();
    }

    /** The channel is gone: settles the greeting and returns the exception for everything pending. */
    ConnectionClosedException onClosed() {
        if (closed != null) {
            return closed;
        }
        String reason = closeReason;
        Throwable cause = closeCause;
        if (reason == null && bye != null) {
            reason = "the server said BYE: " + bye.text();
            cause = ioError;
        } else if (reason == null && ioError != null) {
            reason = "I/O error: " + ioError;
            cause = ioError;
        } else if (reason == null) {
            reason = "the server closed the connection";
        }
        closed = new ConnectionClosedException(reason, bye, cause);
        cancelGreetingTimer();
        greeting.completeExceptionally(closed);
        closeFuture.complete(closed);
        return closed;
    }

    private void cancelGreetingTimer() {
        if (greetingTimer != null) {
            greetingTimer.cancel(false);
            greetingTimer = null;
        }
    }
}
