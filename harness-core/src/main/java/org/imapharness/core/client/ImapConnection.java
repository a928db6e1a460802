package org.imapharness.core.client;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.imapharness.core.transcript.Transcript;
import org.imapharness.protocol.codec.CommandWriter;
import org.imapharness.protocol.codec.Quirk;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * One IMAP connection, asynchronous and pipelining: any thread may send, every call returns at
 * once with a future, and many commands can be in flight. Obtain one from
 * {@link ImapClient#connect}; it is handed out only after the server's greeting.
 *
 * <p>Futures complete on the connection's event loop: callbacks must not block (no {@code join()}
 * inside a {@code thenApply}); hop to another executor for slow work. Each command has a timeout
 * (the config's, or the one passed); see {@link CommandDispatcher} for what a timeout does to the
 * connection. When the connection closes, every pending command fails with a
 * {@link ConnectionClosedException} giving the reason (the BYE text, the I/O error, …).
 */
public final class ImapConnection implements AutoCloseable {
    private final Channel channel;
    private final ImapClientConfig config;
    private final Transcript transcript;
    private final CommandWriter writer;
    private final ConnectionListeners listeners = new ConnectionListeners();
    private final CapabilityCache capabilities = new CapabilityCache();
    private final AtomicLong tags = new AtomicLong();
    private final ConnectionState state;
    private final CommandDispatcher dispatcher;
    private final ClientHandler handler;

    /** Called from the channel initializer, on the event loop, before the channel is active. */
    ImapConnection(Channel channel, ImapClientConfig config) {
        this.channel = channel;
        this.config = config;
        this.transcript = new Transcript(config.transcriptLimitBytes());
        this.writer = new CommandWriter(config.writerOptions());
        this.state = new ConnectionState(channel, config, capabilities, this::upgradeToTls);
        this.dispatcher = new CommandDispatcher(channel, state, transcript, listeners, capabilities);
        this.handler = new ClientHandler(config, state, dispatcher);
        ClientPipeline.install(channel, config, transcript, handler);
    }

    CompletableFuture<UntaggedResponse.Status> greetingFuture() {
        return state.greeting;
    }

    // ---- facts about the connection

    /** The greeting: {@code * OK} or {@code * PREAUTH} (RFC 3501 §7.1.1, §7.1.4). */
    public UntaggedResponse.Status greeting() {
        return state.greeting.join();
    }

    public ImapClientConfig config() {
        return config;
    }

    public boolean isOpen() {
        return channel.isActive() && state.closed() == null;
    }

    /** True once TLS protects the connection (implicit, or after STARTTLS began). */
    public boolean isTls() {
        return ClientPipeline.isTls(channel);
    }

    /** The negotiated TLS session (e.g. {@code getProtocol()}, {@code getCipherSuite()}), or null without TLS. */
    public javax.net.ssl.SSLSession tlsSession() {
        return ClientPipeline.tlsSession(channel);
    }

    /** Capabilities as last announced (upper case); empty when unknown, e.g. right after STARTTLS. */
    public Set<String> capabilities() {
        return capabilities.get();
    }

    public boolean hasCapability(String capability) {
        return capabilities.has(capability);
    }

    /** Everything sent and received so far (within the configured limit), credentials redacted. */
    public Transcript transcript() {
        return transcript;
    }

    /** Protocol problems seen so far, by kind (kinds never seen are absent). */
    public Map<ProtocolProblem.Kind, Long> problemCounts() {
        return listeners.counts();
    }

    /** RFC deviations the parser tolerated so far, by quirk (see {@link Quirk}). */
    public Map<Quirk, Long> quirkCounts() {
        return handler.quirks();
    }

    /** Completes, with the reason, when the connection has closed for any reason. */
    public CompletableFuture<ConnectionClosedException> closeFuture() {
        return state.closeFuture;
    }

    // ---- listeners

    /** Untagged responses, in arrival order, on the event loop; IDLE pushes arrive here too. */
    public void addUntaggedListener(Consumer<? super UntaggedResponse> listener) {
        listeners.addUntagged(listener);
    }

    public void removeUntaggedListener(Consumer<? super UntaggedResponse> listener) {
        listeners.removeUntagged(listener);
    }

    /** Malformed responses, framing errors, unknown tags and the like, as they happen. */
    public void addProblemListener(Consumer<? super ProtocolProblem> listener) {
        listeners.addProblem(listener);
    }

    public void removeProblemListener(Consumer<? super ProtocolProblem> listener) {
        listeners.removeProblem(listener);
    }

    // ---- commands

    /** The next generated tag: the configured prefix and a 4+ digit counter. */
    public String nextTag() {
        return String.format("%s%04d", config.tagPrefix(), tags.incrementAndGet());
    }

    public CompletableFuture<CommandResult> send(Command command) {
        return send(command, config.commandTimeout());
    }

    public CompletableFuture<CommandResult> send(Command command, Duration timeout) {
        return send(new TaggedCommand(nextTag(), command), timeout);
    }

    /**
     * Sends with the caller's tag; it must not equal the tag of a command still pending. An
     * AUTHENTICATE sent this way answers every challenge with {@code *} (cancel); use
     * {@link #authenticatePlain} to log in.
     */
    public CompletableFuture<CommandResult> send(TaggedCommand command) {
        return send(command, config.commandTimeout());
    }

    public CompletableFuture<CommandResult> send(TaggedCommand command, Duration timeout) {
        if (command.command() instanceof Command.Idle) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "IDLE needs a session to send DONE with: use idle()"));
        }
        return submit(command, timeout, null).result;
    }

    /** LOGIN (RFC 3501 §6.2.3); the password is redacted in the transcript. */
    public CompletableFuture<CommandResult> login(String user, String password) {
        return send(new Command.Login(user, password));
    }

    /** AUTHENTICATE PLAIN, with SASL-IR (RFC 4959) if the server announced it. */
    public CompletableFuture<CommandResult> authenticatePlain(String user, String password) {
        return authenticatePlain(null, user, password, hasCapability("SASL-IR"));
    }

    /**
     * AUTHENTICATE PLAIN (RFC 4616) for {@code user}, acting as {@code authzid} when not null;
     * the credentials go in the command line when {@code initialResponse}, else in answer to the
     * server's {@code +}. Either way the transcript shows {@code ***}.
     */
    public CompletableFuture<CommandResult> authenticatePlain(String authzid, String user, String password,
                                                              boolean initialResponse) {
        var message = SaslPlain.message(authzid, user, password);
        TaggedCommand command = new TaggedCommand(nextTag(),
                new Command.Authenticate("PLAIN", initialResponse ? message : null));
        return submit(command, config.commandTimeout(), initialResponse ? null : SaslPlain.answerLine(message)).result;
    }

    /**
     * STARTTLS (RFC 3501 §6.2.1): on OK, TLS is negotiated before the returned future completes,
     * and then CAPABILITY is re-issued (the old list must be forgotten) unless
     * {@code refreshCapabilities} is false. Fails with {@link ImapCommandException} on NO/BAD and
     * {@link ImapTlsException} if the handshake fails (the connection is then closed).
     */
    public CompletableFuture<CommandResult> startTls(boolean refreshCapabilities) {
        if (isTls()) {
            return CompletableFuture.failedFuture(new IllegalStateException("TLS is already active"));
        }
        return send(new Command.StartTls()).thenCompose(r -> {
            if (!r.isOk()) {
                return CompletableFuture.failedFuture(new ImapCommandException(r));
            }
            return refreshCapabilities ? send(new Command.Capability()).thenApply(c -> r)
                    : CompletableFuture.completedFuture(r);
        });
    }

    public CompletableFuture<CommandResult> startTls() {
        return startTls(true);
    }

    /**
     * Starts IDLE (RFC 2177); the future completes when the server's {@code +} arrives, or fails
     * with {@link ImapCommandException} if the server refuses with NO/BAD.
     */
    public CompletableFuture<IdleSession> idle() {
        return idle(nextTag());
    }

    public CompletableFuture<IdleSession> idle(String tag) {
        return submit(new TaggedCommand(tag, new Command.Idle()), config.commandTimeout(), null).idleStarted;
    }

    private PendingCommand submit(TaggedCommand command, Duration timeout, byte[] saslAnswer) {
        PendingCommand p;
        try {
            List<byte[]> segments = writer.encode(command).segments();
            p = saslAnswer == null ? PendingCommand.of(command, segments, timeout)
                    : PendingCommand.sasl(command, segments, timeout, saslAnswer);
        } catch (RuntimeException e) {
            p = PendingCommand.of(command, List.of(), timeout);
            p.fail(new ImapClientException("cannot encode " + command.tag() + " " + command.command().name()
                    + ": " + e.getMessage(), e));
            return p;
        }
        onLoop(p);
        return p;
    }

    private void onLoop(PendingCommand p) {
        EventLoop loop = channel.eventLoop();
        if (loop.inEventLoop()) {
            dispatcher.submit(p);
            return;
        }
        try {
            loop.execute(() -> dispatcher.submit(p));
        } catch (RejectedExecutionException e) {
            p.fail(new ConnectionClosedException("the event loop has shut down", null, e));
        }
    }

    /** Runs on the event loop when STARTTLS's OK arrives. */
    private void upgradeToTls() {
        if (ClientPipeline.startTls(channel, config)) {
            dispatcher.discardedBeforeTls(new byte[0], true);
        }
    }

    // ---- closing

    /** Closes the socket without LOGOUT; pending commands fail with "closed by the client". */
    public CompletableFuture<ConnectionClosedException> closeAsync() {
        try {
            channel.eventLoop().execute(() -> state.closeWith("closed by the client", null));
        } catch (RejectedExecutionException e) {
            channel.close();
        }
        return state.closeFuture;
    }

    /**
     * Closes and waits (at most the connect timeout) until the socket is closed; called on the
     * event loop itself (from a callback) it does not wait.
     */
    @Override
    public void close() {
        if (channel.eventLoop().inEventLoop()) {
            closeAsync();
            return;
        }
        try {
            closeAsync().get(config.connectTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // The channel is closing anyway; nothing useful to report from close().
        }
    }

    @Override
    public String toString() {
        return "ImapConnection[" + config.endpoint() + (isTls() ? ", TLS" : "") + (isOpen() ? "" : ", closed") + "]";
    }
}
