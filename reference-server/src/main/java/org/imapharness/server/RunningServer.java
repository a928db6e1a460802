package org.imapharness.server;

import io.netty.channel.Channel;
import io.netty.util.concurrent.EventExecutorGroup;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.imapharness.server.auth.Authenticator;
import org.imapharness.server.net.EventLoops;
import org.imapharness.server.net.Listeners;
import org.imapharness.server.net.OpenConnections;
import org.imapharness.server.store.MailStore;
import org.imapharness.server.tls.ServerTls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started reference server: its ports, the certificate clients should trust, its store, and
 * {@link #close()} for a clean stop (listeners first, then connections, then the store, so
 * every answered change is on disk).
 */
public final class RunningServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);
    /** How long clients get to read the BYE before their connections are cut. */
    private static final Duration GOODBYE_GRACE = Duration.ofMillis(500);

    private final InetAddress address;
    private final Channel plain;
    private final Channel implicitTls;
    private final ServerTls tls;
    private final MailStore store;
    private final Authenticator authenticator;
    private final EventLoops loops;
    private final OpenConnections open;
    private final EventExecutorGroup sessionExecutors;
    private boolean closed;

    RunningServer(InetAddress address, Channel plain, Channel implicitTls, ServerTls tls, MailStore store,
            Authenticator authenticator, EventLoops loops, OpenConnections open, EventExecutorGroup sessionExecutors) {
        this.address = address;
        this.plain = plain;
        this.implicitTls = implicitTls;
        this.tls = tls;
        this.store = store;
        this.authenticator = authenticator;
        this.loops = loops;
        this.open = open;
        this.sessionExecutors = sessionExecutors;
    }

    /** The bound address (127.0.0.1 by default). */
    public InetAddress address() {
        return address;
    }

    /** The plain + STARTTLS port. */
    public int plainPort() {
        return Listeners.port(plain);
    }

    /** The implicit TLS port, or -1 when it is off. */
    public int tlsPort() {
        return implicitTls == null ? -1 : Listeners.port(implicitTls);
    }

    /** The certificate a client should trust (the generated CA, or the top of the configured chain), PEM. */
    public String certificatePem() {
        return tls.trustAnchorPem();
    }

    public ServerTls tls() {
        return tls;
    }

    /** The mail store, for tests and tools that seed or inspect mailboxes directly. */
    public MailStore store() {
        return store;
    }

    /** Client connections open now. */
    public int openConnections() {
        return open.size();
    }

    /**
     * Stops listening, tells every client {@code * BYE} and gives it a moment to go, closes what is
     * left, then closes the store. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        plain.close().awaitUninterruptibly();
        if (implicitTls != null) {
            implicitTls.close().awaitUninterruptibly();
        }
        open.stop(GOODBYE_GRACE);
        loops.close();
        if (sessionExecutors != null) {
            sessionExecutors.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        authenticator.close();
        try {
            store.close();
        } catch (IOException e) {
            LOG.warn("closing the store: {}", e.getMessage());
        }
        LOG.info("server stopped");
    }
}
