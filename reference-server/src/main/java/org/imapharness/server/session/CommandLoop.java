package org.imapharness.server.session;

import org.imapharness.protocol.codec.ParsedCommand;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.frame.LiteralAnnounced;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.config.Limits;
import org.imapharness.server.config.LiteralExtension;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a session's frames strictly in order (pipelining, RFC 3501 §5.5). Frames queue in the
 * {@link Inbox}; {@link #pump} takes them one at a time and, depending on the session's
 * {@link Session.Mode}, reads each as a command, as an AUTHENTICATE response line, or as the DONE
 * that ends IDLE. A command that waits for something (password hashing, the throttle delay)
 * {@link #pause}s the loop until it completes. Frame errors (limits) are answered in turn like
 * commands; literal announcements are answered at once, since the client waits for them.
 */
final class CommandLoop {
    private static final Logger LOG = LoggerFactory.getLogger(CommandLoop.class);
    private static final ResponseCode TOOBIG = new ResponseCode.Other("TOOBIG", null);

    private final Session session;
    private final Inbox inbox;
    private boolean paused;
    private boolean pumping;
    /** Between STARTTLS and the end of the handshake: whatever arrives was sent in the clear. */
    private boolean discardingPlaintext;

    CommandLoop(Session session) {
        this.session = session;
        Limits limits = session.config.limits();
        // The byte budget left for queued frames once the frame being assembled has its maximum.
        long budget = Math.max(0, limits.maxBufferedBytes() - limits.maxLiteralSize() - limits.maxLineLength());
        this.inbox = new Inbox(session.ctx.channel(), limits.maxCommandsInFlight(), budget,
                session.connection::pendingOutboundBytes,
                session.config.faults().has(Fault.PIPELINE_OVERFLOW_DROPPED));
    }

    void received(FrameEvent event) {
        if (session.isClosing()) {
            return;
        }
        if (discardingPlaintext) {
            // RFC 3501 §6.2.1 / CVE-2011-0411: plaintext pipelined after STARTTLS is never executed.
            session.connection.stats().discarded(1);
            return;
        }
        session.timer.touch();
        if (event instanceof LiteralAnnounced) {
            continueLiteral();
            return;
        }
        inbox.add(event);
        if (session.config.faults().has(Fault.PIPELINE_OVERFLOW_DROPPED)) {
            // The fault: a reader that outruns its worker. Answering waits until the whole read is
            // queued, and the queue drops what does not fit instead of pausing the socket.
            session.later(this::pump, 0);
            return;
        }
        pump();
    }

    /** STARTTLS accepted: drop what is queued and whatever arrives before the handshake ends. */
    void discardPlaintextUntilHandshake() {
        session.connection.stats().discarded(inbox.clear());
        discardingPlaintext = true;
    }

    /** The TLS handshake ended; frames flow again, decrypted. */
    void handshakeDone() {
        discardingPlaintext = false;
    }

    /** Output drained: answering (and reading) may resume. */
    void writabilityChanged() {
        pump();
    }

    /** Holds the queue while a command waits (for a password check). */
    void pause() {
        paused = true;
    }

    /** The waiting command answered: go on with the queue. */
    void resume() {
        paused = false;
        pump();
    }

    void pump() {
        if (pumping || session.isClosing()) {
            return;
        }
        pumping = true;
        try {
            while (!session.isClosing() && !paused && session.ctx.channel().isWritable()) {
                FrameEvent event = inbox.poll();
                if (event == null) {
                    break;
                }
                handle(event);
            }
        } finally {
            pumping = false;
        }
        if (!session.isClosing()) {
            session.out.flush();
            inbox.regulate();
        }
    }

    private void handle(FrameEvent event) {
        switch (session.mode) {
            case AUTH_RESPONSE -> session.authentication.response(event);
            case IDLE -> session.idle.end(event);
            default -> {
                if (event instanceof Frame frame) {
                    command(frame);
                } else if (event instanceof FrameError error) {
                    frameError(error);
                }
            }
        }
    }

    private void command(Frame frame) {
        session.connection.stats().commandRead();
        if (refusedByLiteralMinus(frame)) {
            return;
        }
        if (session.config.faults().has(Fault.LITERAL_PLUS_WAITS)
                && NonSyncLiterals.firstLargerThan(frame.bytes(), -1) >= 0) {
            session.out.send(new ContinuationRequest(null, "Ready for literal data"));
        }
        byte[] bytes = SecurityFaults.standInTag(session.config.faults(), frame.bytes());
        ParsedCommand parsed = session.config.parser().parse(FaultyReading.reread(session.config.faults(), bytes));
        if (parsed instanceof ParsedCommand.Ok ok) {
            execute(bytes == frame.bytes() ? ok.command()
                    : new TaggedCommand(String.valueOf((char) frame.bytes()[0]), ok.command().command()));
        } else if (parsed instanceof ParsedCommand.Error error) {
            if (SecurityFaults.stallsOn(session.config.faults(), error)) {
                pause(); // the fault: as if the parser's thread had died on the input
                return;
            }
            reply(error.tag(), StatusCondition.BAD, null, error.cause().getMessage());
        }
    }

    /**
     * LITERAL- (RFC 7888 §4): a non-synchronizing literal over 4096 bytes gets a tagged BAD with
     * TOOBIG. The decoder has already read its data, so the connection stays in step and open; the
     * data counted against the literal and buffer limits like any other.
     */
    private boolean refusedByLiteralMinus(Frame frame) {
        LiteralExtension literals = session.config.literals();
        // literal-minus-unchecked: LITERAL- advertised, but the cap never enforced (as LITERAL+).
        boolean unchecked = session.config.faults().has(Fault.LITERAL_MINUS_UNCHECKED);
        if (!literals.refusesNonSync(frame.length()) || unchecked) {
            return false; // no literal inside can be larger than the frame
        }
        long size = NonSyncLiterals.firstLargerThan(frame.bytes(), LiteralExtension.MINUS_MAX);
        if (size < 0) {
            return false;
        }
        reply(Texts.tagOf(session.config.parser(), frame.bytes()), StatusCondition.BAD, TOOBIG,
                "Non-synchronizing literal of " + size + " bytes is over LITERAL-'s " + LiteralExtension.MINUS_MAX
                        + " (RFC 7888 §4); send it as {" + size + "} and wait for the '+'");
        return true;
    }

    /**
     * A limit was hit; the frame decoder has already skipped the rest of the frame. A literal too
     * big for the limits is NO [TOOBIG]; under LITERAL- a non-synchronizing one is BAD [TOOBIG]
     * (RFC 7888 §4; {@code raw} shows the announcement unless the frame's first kilobyte came before it).
     */
    private void frameError(FrameError error) {
        session.connection.stats().commandRead();
        if (SecurityFaults.grantsRefusedLiteral(session.config.faults(), error)) {
            session.out.send(new ContinuationRequest(null, "Ready for literal data"));
            return;
        }
        String tag = Texts.tagOf(session.config.parser(), error.raw());
        switch (error.kind()) {
            case LITERAL_TOO_BIG, FRAME_TOO_BIG -> {
                boolean minusBreach = session.config.literals()
                        .refusesNonSync(NonSyncLiterals.announcedAtEnd(error.raw()));
                reply(tag, minusBreach ? StatusCondition.BAD : StatusCondition.NO, TOOBIG, error.message());
            }
            default -> reply(tag, StatusCondition.BAD, null, error.message());
        }
    }

    /** RFC 3501 §7.5: a synchronizing literal the limits accept gets its go-ahead at once. */
    private void continueLiteral() {
        if (session.config.faults().has(Fault.LITERAL_NO_CONTINUATION)) {
            return;
        }
        session.out.send(new ContinuationRequest(null, "Ready for literal data"));
        session.out.flush();
    }

    private void execute(TaggedCommand tagged) {
        Command command = tagged.command();
        String refusal = CommandStates.refusal(command, session.state);
        if (refusal != null && !SecurityFaults.startTlsAnyState(session.config.faults(), command)) {
            session.finish(tagged.tag(), command, Outcome.bad(refusal));
            return;
        }
        try {
            Dispatcher.execute(session, tagged);
        } catch (StoreException e) {
            session.finish(tagged.tag(), command, StoreErrors.outcome(e));
        } catch (RuntimeException e) {
            LOG.error("{} failed for {}", command.name(), session.connection.stats().remote(), e);
            session.finish(tagged.tag(), command, Outcome.no(StoreErrors.code("SERVERBUG"),
                    command.name() + " failed inside the server"));
        }
    }

    /** A tagged answer, or {@code * BAD} when no tag could be read (RFC 3501 §7.1.3). */
    private void reply(String tag, StatusCondition status, ResponseCode code, String text) {
        if (tag == null) {
            session.out.send(new UntaggedResponse.Status(StatusCondition.BAD, code, Texts.safe(text)));
        } else {
            session.out.send(new TaggedResponse(tag, status, code, Texts.safe(text)));
        }
    }
}
