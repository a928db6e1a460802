package org.imapharness.server.session;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.EventExecutor;
import java.io.IOException;
import javax.net.ssl.SSLException;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.server.net.Connection;
import org.imapharness.server.net.OpenConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Netty face of a {@link Session}: turns channel events (frames, TLS handshake results,
 * writability, close) into session calls, on the session's executor. That is the channel's event
 * loop, or, when the server gives one (a durable store, whose commits wait for fsync), an executor
 * of its own, so a slow disk never stalls other connections' I/O. Events keep their order either
 * way: each is one task on one single-threaded executor.
 */
public final class SessionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);

    private final SessionConfig config;
    private final Connection connection;
    private final EventExecutor sessionExecutor;
    private EventExecutor executor;
    private Session session;

    /** @param sessionExecutor where the session runs, or null for the channel's event loop */
    public SessionHandler(SessionConfig config, Connection connection, EventExecutor sessionExecutor) {
        this.config = config;
        this.connection = connection;
        this.sessionExecutor = sessionExecutor;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        executor = sessionExecutor != null ? sessionExecutor : ctx.executor();
        session = new Session(config, connection, ctx, executor);
        run(session::start);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof FrameEvent event && session != null) {
            run(() -> session.loop.received(event));
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt == OpenConnections.STOPPING && session != null) {
            run(session::serverStopping);
            return;
        }
        if (evt instanceof SslHandshakeCompletionEvent done && session != null) {
            run(session.loop::handshakeDone);
            if (!done.isSuccess()) {
                connection.stats().closeReason("TLS handshake failed: " + done.cause().getMessage());
                ctx.close();
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (session != null && ctx.channel().isWritable()) {
            run(session.loop::writabilityChanged);
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (session != null) {
            run(session::closed);
        }
        ctx.fireChannelInactive();
    }

    /** Resets and TLS alerts are the client's business; anything else is worth a warning. Never to the client. */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable root = cause.getCause() != null ? cause.getCause() : cause;
        if (root instanceof IOException || root instanceof SSLException) {
            LOG.debug("{}: {}", connection.stats().remote(), root.toString());
        } else {
            LOG.warn("{}: unexpected error, closing", connection.stats().remote(), cause);
        }
        connection.stats().closeReason("error: " + root.getClass().getSimpleName());
        ctx.close();
    }

    private void run(Runnable task) {
        if (executor.inEventLoop()) {
            task.run();
        } else {
            executor.execute(task);
        }
    }
}
