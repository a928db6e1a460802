package org.imapharness.server.session;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.net.Connection;
import org.imapharness.server.net.PortKind;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.selected.SelectedCommands;
import org.imapharness.server.selected.SelectedState;
import org.imapharness.server.selected.SelectedUpdates;
import org.imapharness.server.store.Account;
import org.imapharness.server.store.MailboxView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's IMAP session: the state of RFC 3501 §3 (authentication, the selected
 * mailbox's view, enabled extensions, TLS), what every command handler may ask of it, and
 * {@link #finish}, the one way a command's answer goes out. Its {@link CommandLoop} feeds it
 * frames in order.
 *
 * <p>Every method runs on the session's executor (see {@link SessionHandler}), one task at a
 * time, which is what lets the state and the {@link MailboxView} go without locks.
 */
final class Session {
    /** How the next frame is read. */
    enum Mode { COMMAND, AUTH_RESPONSE, IDLE }

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    final SessionConfig config;
    final Connection connection;
    final ChannelHandlerContext ctx;
    final Output out;
    final Authentication authentication = new Authentication(this);
    final Idle idle = new Idle(this);
    final CommandLoop loop;
    final InactivityTimer timer;
    private final EventExecutor executor;

    SessionState state = SessionState.NOT_AUTHENTICATED;
    Mode mode = Mode.COMMAND;
    String user;
    Account account;
    MailboxView view;
    /** RFC 7162: once on, CONDSTORE / QRESYNC stay on for the rest of the session. */
    boolean condstore;
    boolean qresync;
    /** TLS is on (implicit, or STARTTLS accepted). */
    boolean tls;
    private boolean closing;
    private boolean holdsUserSlot;

    Session(SessionConfig config, Connection connection, ChannelHandlerContext ctx, EventExecutor executor) {
        this.config = config;
        this.connection = connection;
        this.ctx = ctx;
        this.executor = executor;
        this.out = new Output(ctx);
        this.tls = connection.port() == PortKind.IMPLICIT_TLS;
        this.loop = new CommandLoop(this);
        this.timer = new InactivityTimer(executor, this::timeout, this::autologout);
    }

    // ---- lifecycle, called by SessionHandler ----

    /** The greeting (RFC 3501 §7.1): OK, or PREAUTH when the server is configured to log everyone in. */
    void start() {
        String preauth = config.preauthUser();
        if (preauth != null && loggedIn(preauth)) {
            out.send(new UntaggedResponse.Status(StatusCondition.PREAUTH,
                    new ResponseCode.Capability(Capabilities.of(this)), "Logged in as " + Texts.safe(preauth)));
        } else if (preauth != null) {
            bye("Too many connections for " + Texts.safe(preauth));
            return;
        } else {
            out.send(new UntaggedResponse.Status(StatusCondition.OK,
                    new ResponseCode.Capability(Capabilities.of(this)), "imap-harness reference server ready"));
        }
        out.flush();
        timer.start();
    }

    /** The connection is gone: give back what the session held. */
    void closed() {
        closing = true;
        state = SessionState.LOGOUT;
        timer.cancel();
        idle.stop();
        if (view != null) {
            view.close();
            view = null;
        }
        if (holdsUserSlot) {
            holdsUserSlot = false;
            config.connectionLimits().releaseUser(user);
        }
        out.discard();
    }

    /**
     * Completes a command: its own untagged responses, then the mailbox updates the rules allow now
     * (RFC 3501 §5.2, §7.4.1), then the tagged line. Sessions in IDLE hear of the changes from
     * the store itself (see {@link Idle}).
     */
    void finish(String tag, Command command, Outcome outcome) {
        out.sendAll(outcome.untagged());
        if (state == SessionState.SELECTED && (command instanceof Command.Close || command instanceof Command.Unselect)) {
            view = null; // the executor closed it
            state = SessionState.AUTHENTICATED;
        }
        if (SelectedCommands.enablesCondstore(command)) {
            condstore = true;
        }
        boolean deleted = state == SessionState.SELECTED && view.mailboxDeleted();
        if (state == SessionState.SELECTED && !deleted) {
            out.sendAll(UpdateFaults.apply(SelectedUpdates.after(command, selectedState()), config.faults(),
                    command, false));
        }
        // resp-text needs at least one character (RFC 3501 §9).
        String text = outcome.text().isBlank() ? command.name() + " completed" : outcome.text();
        if (SecurityFaults.rawCompletion(config.faults(), tag, text)) {
            out.sendRaw(tag, new TaggedResponse("x", outcome.status(), outcome.code(), "x"), text);
        } else {
            out.send(new TaggedResponse(tag, outcome.status(), outcome.code(), Texts.safe(text)));
        }
        if (deleted) {
            bye("The selected mailbox was deleted");
        }
    }

    // ---- operations for the command handlers ----

    /**
     * Runs {@code task} later on this session's executor, from any thread (a password check
     * finishing, another session's wake-up). A failure inside it ends the connection with a BYE
     * rather than leaving the session stuck; a stopped executor (server shutdown) drops it.
     */
    void later(Runnable task, long delayNanos) {
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("session task failed for {}", connection.stats().remote(), e);
                bye("Internal server error");
            }
        };
        try {
            if (delayNanos > 0) {
                executor.schedule(guarded, delayNanos, TimeUnit.NANOSECONDS);
            } else {
                executor.execute(guarded);
            }
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debug("server stopping; task for {} dropped", connection.stats().remote());
        }
    }

    boolean isClosing() {
        return closing;
    }

    /** What the selected-state executors run against. */
    SelectedState selectedState() {
        return new SelectedState(account, view, config.faults(), condstore, qresync);
    }

    /** Enters the authenticated state (RFC 3501 §3.2) unless the user has too many connections. */
    boolean loggedIn(String name) {
        if (!config.connectionLimits().tryAcquireUser(name)) {
            return false;
        }
        holdsUserSlot = true;
        user = name;
        account = config.store().account(name);
        state = SessionState.AUTHENTICATED;
        connection.stats().user(name);
        timer.restart();
        return true;
    }

    /**
     * RFC 3501 §6.2.3 / §11.2: plaintext passwords are refused on the plain port until STARTTLS,
     * unless configured otherwise.
     */
    boolean loginDisabled() {
        return connection.port() == PortKind.PLAIN && !tls && !config.allowPlaintextAuth()
                && !config.faults().has(Fault.LOGIN_BEFORE_TLS);
    }

    /**
     * Switches to TLS after STARTTLS: queued and later plaintext is dropped (unless the
     * starttls-keeps-pipelined fault is on) and {@code ok} is written as the last cleartext.
     */
    void startTls(TaggedResponse ok) {
        if (!config.faults().has(Fault.STARTTLS_KEEPS_PIPELINED)) {
            loop.discardPlaintextUntilHandshake();
        }
        out.flush();
        connection.startTls(out.encode(ok));
        tls = true;
    }

    /** Sends {@code * BYE}, then closes once it is written (RFC 3501 §7.1.5). */
    void bye(String text) {
        out.send(new UntaggedResponse.Status(StatusCondition.BYE, null, text));
        close(text);
    }

    void close(String reason) {
        if (closing) {
            return;
        }
        closing = true;
        state = SessionState.LOGOUT;
        connection.stats().closeReason(reason);
        ctx.channel().config().setAutoRead(false);
        out.flush().addListener(ChannelFutureListener.CLOSE);
    }

    private Duration timeout() {
        return state == SessionState.NOT_AUTHENTICATED ? config.limits().preAuthTimeout()
                : config.limits().idleTimeout();
    }

    /** RFC 3501 §7.1.5: the server is shutting down; the client hears why before the connection ends. */
    void serverStopping() {
        if (!closing) {
            idle.stop();
            bye("Server shutting down");
        }
    }

    /** RFC 3501 §5.4: an inactive session is logged out with a BYE saying why. */
    private void autologout() {
        if (!closing) {
            idle.stop();
            bye("Autologout; idle for too long");
        }
    }

    List<String> capabilities() {
        return Capabilities.of(this);
    }
}
