package org.imapharness.server.net;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The server's threads: a worker group whose event loops run every connection's I/O (Netty 4.2
 * style: {@link MultiThreadIoEventLoopGroup} over NIO), and one acceptor thread for both listeners
 * where the workers cannot accept for themselves ({@link Listeners}; its thread starts only if used).
 */
public final class EventLoops implements AutoCloseable {
    /** Long enough for in-flight answers to go out, short enough that tests and Ctrl-C stay snappy. */
    private static final long SHUTDOWN_TIMEOUT_MILLIS = 2_000;

    private final EventLoopGroup acceptor;
    private final EventLoopGroup workers;

    private EventLoops(EventLoopGroup acceptor, EventLoopGroup workers) {
        this.acceptor = acceptor;
        this.workers = workers;
    }

    /** @param workerThreads event loops for connections; 0 lets Netty choose (twice the cores) */
    public static EventLoops create(int workerThreads) {
        return new EventLoops(
                new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("imap-accept", true),
                        NioIoHandler.newFactory()),
                new MultiThreadIoEventLoopGroup(workerThreads, new DefaultThreadFactory("imap-io", true),
                        NioIoHandler.newFactory()));
    }

    public EventLoopGroup acceptor() {
        return acceptor;
    }

    public EventLoopGroup workers() {
        return workers;
    }

    /** Stops both groups without a quiet period and waits (bounded) for their threads to end. */
    @Override
    public void close() {
        var a = acceptor.shutdownGracefully(0, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        var w = workers.shutdownGracefully(0, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        a.awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS * 2);
        w.awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS * 2);
    }
}
