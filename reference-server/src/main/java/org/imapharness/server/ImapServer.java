package org.imapharness.server;

import io.netty.channel.Channel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.ssl.OpenSsl;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutorGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.imapharness.protocol.codec.CommandParser;
import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.server.auth.Accounts;
import org.imapharness.server.auth.Authenticator;
import org.imapharness.server.config.Limits;
import org.imapharness.server.config.ServerConfig;
import org.imapharness.server.net.ConnectionLimits;
import org.imapharness.server.net.EventLoops;
import org.imapharness.server.net.ImapChannelInitializer;
import org.imapharness.server.net.Listeners;
import org.imapharness.server.net.OpenConnections;
import org.imapharness.server.net.PortKind;
import org.imapharness.server.session.SessionConfig;
import org.imapharness.server.session.SessionHandler;
import org.imapharness.server.store.MailStore;
import org.imapharness.server.tls.ServerTls;
import org.imapharness.server.tls.TlsEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the reference IMAP server: {@code ImapServer.start(config)} binds the plain + STARTTLS
 * port and the implicit TLS port and returns a {@link RunningServer}.
 */
public final class ImapServer {
    /** Session threads when a durable store makes commands wait for fsync (group commit shares them). */
    private static final int DURABLE_SESSION_THREADS = 16;

    private ImapServer() {
    }

    /**
     * @throws org.imapharness.server.tls.TlsSetupException    for an unusable certificate or key
     * @throws org.imapharness.server.auth.UsersFileException  for a bad users file
     * @throws UncheckedIOException                            when the store cannot be opened
     * @throws IllegalStateException                           when a port cannot be bound
     */
    public static RunningServer start(ServerConfig config) {
        long started = System.nanoTime();
        // The slow parts of a cold start (loading BoringSSL, making a certificate, hashing inline
        // passwords, replaying the journal, and configuring logging, which the first log() does)
        // are independent: run them side by side. Hence no logger before the background work starts.
        if (config.tls().engine() != TlsEngine.JDK) {
            // Loading BoringSSL is the slowest step; start it now, alongside making the certificate.
            inBackground("imap-start-openssl", OpenSsl::isAvailable);
        }
        CompletableFuture<ServerTls> tlsSetup = inBackground("imap-start-tls",
                () -> ServerTls.create(config.certFile(), config.keyFile(), config.tls(), config.faults()));
        CompletableFuture<Accounts> accountsSetup = inBackground("imap-start-users",
                () -> Accounts.load(config.usersFile(), config.auth().usersFileOptions(), config.users(),
                        config.auth().inlineHashCost()));
        config.warnings().forEach(w -> log().warn("{}", w));
        MailStore store = null;
        EventLoops loops = null;
        ServerTls tls;
        Accounts accounts;
        try {
            store = openStore(config);
            // Netty's event loops (much of its class loading) come up while the background work runs.
            loops = EventLoops.create(0);
            tls = await(tlsSetup);
            accounts = await(accountsSetup);
        } catch (RuntimeException e) {
            tlsSetup.cancel(false);
            accountsSetup.cancel(false);
            if (loops != null) {
                loops.close();
            }
            if (store != null) {
                closeQuietly(store);
            }
            throw e;
        }
        Authenticator authenticator = new Authenticator(accounts, config.auth().toOptions(), config.faults(),
                Clock.systemUTC());
        Limits limits = config.limits();
        SessionConfig sessions = new SessionConfig(store, authenticator, limits, config.faults(),
                config.allowPlaintextAuth(), config.preauthUser(), config.literals(),
                new ConnectionLimits(limits.maxConnectionsPerAddress(), limits.maxConnectionsPerUser()),
                new CommandParser());
        OpenConnections open = new OpenConnections();
        EventExecutorGroup sessionExecutors = config.storeDir() == null ? null
                : new DefaultEventExecutorGroup(DURABLE_SESSION_THREADS, new DefaultThreadFactory("imap-session", true));
        try {
            Channel plain = Listeners.bind(loops, config.bindAddress(), config.port(),
                    initializer(PortKind.PLAIN, tls, sessions, open, sessionExecutors));
            Channel implicit = config.tlsPortEnabled()
                    ? Listeners.bind(loops, config.bindAddress(), config.tlsPort(),
                            initializer(PortKind.IMPLICIT_TLS, tls, sessions, open, sessionExecutors))
                    : null;
            RunningServer server = new RunningServer(config.bindAddress(), plain, implicit, tls, store, authenticator,
                    loops, open, sessionExecutors);
            log().info("listening on {}:{} (plain, STARTTLS){}; {} users, {} store, started in {} ms",
                    config.bindAddress().getHostAddress(), server.plainPort(),
                    implicit == null ? "" : " and :" + server.tlsPort() + " (implicit TLS)", accounts.size(),
                    config.storeDir() == null ? "in-memory" : "durable " + config.storeDir(),
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (RuntimeException e) {
            loops.close();
            if (sessionExecutors != null) {
                sessionExecutors.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS);
            }
            authenticator.close();
            closeQuietly(store);
            throw e;
        }
    }

    /**
     * The frame decoder's limits: a line as configured, a literal as configured, and a whole frame
     * (lines and literals together) within the connection's byte budget.
     */
    static FrameLimits frameLimits(Limits limits) {
        long frame = Math.min(limits.maxBufferedBytes(), FrameLimits.MAX_ARRAY);
        return new FrameLimits(limits.maxLineLength(), limits.maxLiteralSize(), Math.max(frame, limits.maxLineLength()));
    }

    private static ImapChannelInitializer initializer(PortKind port, ServerTls tls, SessionConfig sessions,
            OpenConnections open, EventExecutorGroup sessionExecutors) {
        Limits limits = sessions.limits();
        // Output beyond this pauses the session until the client reads; the rest of the budget is for input.
        long outbound = Math.max(64 * 1024, limits.maxBufferedBytes() - limits.maxLiteralSize() - limits.maxLineLength());
        int high = (int) Math.min(Integer.MAX_VALUE, outbound);
        WriteBufferWaterMark mark = new WriteBufferWaterMark(high / 2, high);
        FrameLimits frames = frameLimits(limits);
        if (sessions.faults().has(org.imapharness.server.fault.Fault.NO_LINE_LIMIT)) {
            // The fault: a line may fill the whole frame budget before anything is refused.
            frames = new FrameLimits((int) frames.maxFrameSize(), frames.maxLiteralSize(), frames.maxFrameSize());
        }
        return new ImapChannelInitializer(port, tls, frames, sessions.connectionLimits(), mark, open,
                connection -> new SessionHandler(sessions, connection,
                        sessionExecutors == null ? null : sessionExecutors.next()));
    }

    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The result, or the exception the work threw, as it was thrown. */
    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static MailStore openStore(ServerConfig config) {
        // The store's own fault switches (uid-reuse, uidnext-stale, modseq-not-increased, ...) act there.
        if (config.storeDir() == null) {
            return MailStore.inMemory(config.faults());
        }
        try {
            return MailStore.open(config.storeDir(), config.faults());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store in " + config.storeDir() + ": " + e.getMessage(), e);
        }
    }

    /** Not a static field: the first logger configures logging, which should not hold up the start. */
    private static Logger log() {
        return LoggerFactory.getLogger(ImapServer.class);
    }

    private static void closeQuietly(MailStore store) {
        try {
            store.close();
        } catch (IOException e) {
            log().warn("closing the store: {}", e.getMessage());
        }
    }
}
