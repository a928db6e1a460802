package org.imapharness.core.client;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.imapharness.core.transcript.Direction;
import org.imapharness.core.transcript.Redactor;
import org.imapharness.core.transcript.Transcript;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * The pipelining core: writes commands, routes responses by tag and feeds literals on
 * continuation requests. Every method runs on the connection's event loop, so there are no locks.
 *
 * <p>Writing rule (RFC 3501 §7.5): many commands may be in flight, but once a command has sent
 * part of itself and waits for {@code +} (a synchronizing literal, or STARTTLS / IDLE /
 * AUTHENTICATE, which own the line until they complete), it "holds the line": later commands
 * queue in {@code unsent} so that none of their bytes lands inside its literal, and every
 * {@code +} belongs to it.
 *
 * <p>Timeouts: a command that times out fails with {@link ImapTimeoutException}; the connection
 * stays open and its late completion is dropped and reported as {@link ProtocolProblem.LateCompletion}.
 * If it was holding the line, the server's idea of the byte stream is unknowable, so the
 * connection is closed and everything else pending fails with {@link ConnectionClosedException}.
 */
final class CommandDispatcher {
    private static final byte[] DONE = "DONE\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SASL_CANCEL = "*\r\n".getBytes(StandardCharsets.US_ASCII);
    /** How many timed-out tags are remembered, so their late completions are not "unknown". */
    private static final int ABANDONED_KEPT = 1024;

    private final Channel channel;
    private final ConnectionState state;
    private final Transcript transcript;
    private final ConnectionListeners listeners;
    private final CapabilityCache capabilities;

    private final ArrayDeque<PendingCommand> unsent = new ArrayDeque<>();
    private final Map<String, PendingCommand> inFlight = new LinkedHashMap<>();
    private final Set<String> abandoned = new LinkedHashSet<>();
    private PendingCommand lineHolder;
    /** STARTTLS after its OK and before the handshake's end: nothing may be written or read. */
    private PendingCommand tlsPending;

    CommandDispatcher(Channel channel, ConnectionState state, Transcript transcript, ConnectionListeners listeners,
                      CapabilityCache capabilities) {
        this.channel = channel;
        this.state = state;
        this.transcript = transcript;
        this.listeners = listeners;
        this.capabilities = capabilities;
    }

    // ---- commands going out

    void submit(PendingCommand p) {
        if (state.closed() != null) {
            p.fail(state.closed());
            return;
        }
        String tag = p.tag();
        if (inFlight.containsKey(tag) || (tlsPending != null && tlsPending.tag().equals(tag))
                || unsent.stream().anyMatch(q -> q.tag().equals(tag))) {
            p.fail(new IllegalArgumentException("tag " + tag + " is already in use by a pending command; "
                    + "responses could not be routed"));
            return;
        }
        arm(p);
        unsent.addLast(p);
        drain();
    }

    /** RFC 2177 §3: DONE ends IDLE; the completion then gets a fresh timeout. */
    void idleDone(PendingCommand p) {
        if (p.result.isDone() || p.doneSent || state.closed() != null) {
            return;
        }
        p.doneSent = true;
        write(DONE, DONE);
        channel.flush();
        arm(p);
    }

    private void drain() {
        boolean wrote = false;
        while (lineHolder == null && tlsPending == null && !unsent.isEmpty()) {
            PendingCommand p = unsent.pollFirst();
            inFlight.put(p.tag(), p);
            p.transcriptMark = transcript.nextSequence();
            writeSegment(p);
            wrote = true;
            if (p.holdsLine()) {
                lineHolder = p;
            }
        }
        if (wrote) {
            channel.flush();
        }
    }

    private void writeSegment(PendingCommand p) {
        int i = p.nextSegment++;
        byte[] segment = p.segments.get(i);
        write(segment, Redactor.redact(p.command.command(), i, p.segments.size(), segment));
    }

    private void write(byte[] wire, byte[] recorded) {
        if (transcript.enabled()) {
            transcript.record(Direction.CLIENT, recorded);
        }
        channel.write(Unpooled.wrappedBuffer(wire), channel.voidPromise());
    }

    private void arm(PendingCommand p) {
        p.cancelTimer();
        p.timer = channel.eventLoop().schedule(() -> onTimeout(p), p.timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void onTimeout(PendingCommand p) {
        if (p.result.isDone()) {
            return;
        }
        ImapTimeoutException timeout = ImapTimeoutException.command(p.tag(), p.name(), p.timeout, p.waitingFor());
        p.timer = null;
        if (!p.written()) {
            unsent.remove(p);
            p.fail(timeout);
        } else if (p == lineHolder || p == tlsPending) {
            inFlight.remove(p.tag());
            p.fail(timeout);
            state.closeWith("closed after " + timeout.getMessage() + ": the client held the line, "
                    + "so the byte stream could not be resynchronised", null);
        } else {
            inFlight.remove(p.tag());
            abandoned.add(p.tag());
            if (abandoned.size() > ABANDONED_KEPT) {
                abandoned.remove(abandoned.iterator().next());
            }
            p.fail(timeout);
        }
    }

    // ---- responses coming in

    /** Routes one parsed response (the greeting has been handled before). */
    void onResponse(Response response) {
        if (response instanceof TaggedResponse t) {
            onTagged(t);
        } else if (response instanceof UntaggedResponse u) {
            onUntagged(u);
        } else if (response instanceof ContinuationRequest c) {
            onContinuation(c);
        } else if (response instanceof MalformedResponse m) {
            onMalformed(m);
        }
    }

    void onFrameError(FrameError error) {
        problem(new ProtocolProblem.Framing(error));
        TaggedResponse salvaged = CompletionSalvage.tagged(error.raw(), inFlight);
        if (salvaged != null) {
            onTagged(salvaged);
        }
    }

    /** Bytes read in plaintext after STARTTLS's OK: reported, never parsed. */
    void discardedBeforeTls(byte[] bytes, boolean incompleteFrame) {
        problem(new ProtocolProblem.DiscardedBeforeTls(Octets.of(bytes), incompleteFrame));
    }

    boolean awaitingTls() {
        return tlsPending != null;
    }

    private void onMalformed(MalformedResponse m) {
        problem(new ProtocolProblem.Malformed(m));
        byte[] raw = m.raw().toByteArray();
        TaggedResponse salvaged = CompletionSalvage.tagged(raw, inFlight);
        ContinuationRequest plus = salvaged == null ? CompletionSalvage.continuation(raw) : null;
        if (salvaged != null) {
            onTagged(salvaged);
        } else if (plus != null) {
            onContinuation(plus);
        }
    }

    private void onTagged(TaggedResponse t) {
        PendingCommand p = inFlight.remove(t.tag());
        if (p == null) {
            problem(abandoned.remove(t.tag()) ? new ProtocolProblem.LateCompletion(t)
                    : new ProtocolProblem.UnknownTag(t));
            return;
        }
        p.cancelTimer();
        if (p == lineHolder) {
            lineHolder = null;
        }
        noteCapabilities(p, t);
        if (p.kind == PendingCommand.Kind.STARTTLS && t.isOk()) {
            // RFC 3501 §6.2.1: negotiate now; the OK is delivered once TLS is up.
            p.deferredCompletion = t;
            tlsPending = p;
            state.upgradeToTls();
            return;
        }
        complete(p, t);
        drain();
    }

    private void noteCapabilities(PendingCommand p, TaggedResponse t) {
        Command c = p.command.command();
        boolean authenticated = t.isOk() && (c instanceof Command.Login || c instanceof Command.Authenticate);
        if (!capabilities.update(t.code()) && (authenticated || c instanceof Command.StartTls && t.isOk())) {
            capabilities.clear();
        }
    }

    private void onUntagged(UntaggedResponse u) {
        if (u instanceof UntaggedResponse.Status s && s.status() == StatusCondition.BYE) {
            state.noteBye(s);
        }
        capabilities.update(u);
        for (PendingCommand p : inFlight.values()) {
            p.untagged.add(u);
        }
        listeners.untagged(u);
    }

    private void onContinuation(ContinuationRequest c) {
        PendingCommand p = lineHolder;
        if (p == null) {
            problem(new ProtocolProblem.UnexpectedContinuation(c));
            return;
        }
        if (p.moreSegments()) {
            writeSegment(p);
            if (!p.holdsLine()) {
                lineHolder = null;
                drain();
            }
            channel.flush();
            return;
        }
        switch (p.kind) {
            case IDLE -> startIdling(p, c);
            case SASL -> answerChallenge(p);
            default -> problem(new ProtocolProblem.UnexpectedContinuation(c));
        }
    }

    private void startIdling(PendingCommand p, ContinuationRequest c) {
        if (p.idling) {
            problem(new ProtocolProblem.UnexpectedContinuation(c));
            return;
        }
        p.idling = true;
        p.cancelTimer(); // idling has no time limit; DONE re-arms it
        p.idleStarted.complete(new IdleSession(p, this, channel.eventLoop()));
    }

    /** §6.2.2: answer the first challenge; any further one is cancelled with "*". */
    private void answerChallenge(PendingCommand p) {
        if (p.saslAnswer != null && !p.saslAnswered) {
            p.saslAnswered = true;
            write(p.saslAnswer, Redactor.REDACTED_LINE);
        } else {
            write(SASL_CANCEL, SASL_CANCEL);
        }
        channel.flush();
    }

    // ---- TLS and the end

    /** STARTTLS's handshake ended: deliver its OK and release the queue, or fail and close. */
    void onStartTlsHandshake(Throwable failure) {
        PendingCommand p = tlsPending;
        tlsPending = null;
        if (p == null) {
            return;
        }
        if (failure != null) {
            p.fail(failure);
            return;
        }
        capabilities.clear();
        complete(p, p.deferredCompletion);
        drain();
    }

    private void complete(PendingCommand p, TaggedResponse t) {
        CommandResult result = new CommandResult(p.command, t, p.untagged,
                transcript.since(p.transcriptMark), p.problems);
        p.cancelTimer();
        if (p.idleStarted != null && !p.idleStarted.isDone()) {
            p.idleStarted.completeExceptionally(new ImapCommandException(result));
        }
        p.result.complete(result);
    }

    private void problem(ProtocolProblem problem) {
        for (PendingCommand p : inFlight.values()) {
            p.problems.add(problem);
        }
        listeners.problem(problem);
    }

    /** Fails everything still pending with the connection's close reason. */
    void failAll(ConnectionClosedException closed) {
        List<PendingCommand> all = new ArrayList<>(unsent);
        all.addAll(inFlight.values());
        if (tlsPending != null) {
            all.add(tlsPending);
        }
        unsent.clear();
        inFlight.clear();
        lineHolder = null;
        tlsPending = null;
        for (PendingCommand p : all) {
            p.fail(closed);
        }
    }
}
