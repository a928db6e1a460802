package org.imapharness.core.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * One command from submission to completion. Mutable, and touched only on the connection's event
 * loop (by {@link CommandDispatcher}); the futures are the only parts other threads see.
 */
final class PendingCommand {

    /** How the command uses continuation requests (RFC 3501 §7.5). */
    enum Kind {
        /** Continuations only release the next literal segment. */
        ORDINARY,
        /** §6.2.1: nothing may follow it until TLS is up. */
        STARTTLS,
        /** RFC 2177: the {@code +} starts idling; only DONE may be sent until the completion. */
        IDLE,
        /** §6.2.2: each {@code +} is a challenge to answer with one line. */
        SASL
    }

    final TaggedCommand command;
    final List<byte[]> segments;
    final Kind kind;
    final Duration timeout;
    final CompletableFuture<CommandResult> result = new CompletableFuture<>();
    /** IDLE only: completed when the server's {@code +} arrives. */
    final CompletableFuture<IdleSession> idleStarted;
    /** SASL only: the base64 answer line to the first challenge, or null to cancel any challenge. */
    final byte[] saslAnswer;

    final List<UntaggedResponse> untagged = new ArrayList<>();
    final List<ProtocolProblem> problems = new ArrayList<>(0);
    int nextSegment;
    long transcriptMark;
    ScheduledFuture<?> timer;
    boolean saslAnswered;
    boolean idling;
    boolean doneSent;
    /** STARTTLS only: the OK, held back until the handshake ends. */
    TaggedResponse deferredCompletion;

    private PendingCommand(TaggedCommand command, List<byte[]> segments, Kind kind, Duration timeout,
                           byte[] saslAnswer) {
        this.command = command;
        this.segments = segments;
        this.kind = kind;
        this.timeout = timeout;
        this.saslAnswer = saslAnswer;
        this.idleStarted = kind == Kind.IDLE ? new CompletableFuture<>() : null;
    }

    static PendingCommand of(TaggedCommand command, List<byte[]> segments, Duration timeout) {
        return new PendingCommand(command, segments, kindOf(command.command()), timeout, null);
    }

    /** An AUTHENTICATE that answers the first challenge with {@code answerLine} (CRLF included). */
    static PendingCommand sasl(TaggedCommand command, List<byte[]> segments, Duration timeout, byte[] answerLine) {
        return new PendingCommand(command, segments, Kind.SASL, timeout, answerLine);
    }

    private static Kind kindOf(Command c) {
        if (c instanceof Command.StartTls) {
            return Kind.STARTTLS;
        }
        if (c instanceof Command.Idle) {
            return Kind.IDLE;
        }
        return c instanceof Command.Authenticate ? Kind.SASL : Kind.ORDINARY;
    }

    String tag() {
        return command.tag();
    }

    String name() {
        return command.command().name();
    }

    boolean written() {
        return nextSegment > 0;
    }

    boolean moreSegments() {
        return nextSegment < segments.size();
    }

    /**
     * Whether no other command may be written yet: while literal segments wait for {@code +},
     * and, for STARTTLS, IDLE and AUTHENTICATE, until the completion, since their continuations
     * and the bytes after them belong to this command alone.
     */
    boolean holdsLine() {
        return moreSegments() || kind != Kind.ORDINARY;
    }

    /** What the command is waiting for, for timeout messages. */
    String waitingFor() {
        if (moreSegments()) {
            return "no continuation request for literal " + nextSegment + " of " + (segments.size() - 1);
        }
        if (kind == Kind.IDLE && !idling) {
            return "no continuation request for IDLE";
        }
        return doneSent ? "no tagged completion after DONE" : "no tagged completion";
    }

    void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    void fail(Throwable cause) {
        cancelTimer();
        if (idleStarted != null) {
            idleStarted.completeExceptionally(cause);
        }
        result.completeExceptionally(cause);
    }
}
