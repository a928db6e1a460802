package org.imapharness.core.client;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Base of the wire handlers that hand a connection's events to another thread: whatever ends the
 * connection first (an I/O error, the server closing, a reason of the subclass's own) is reported
 * exactly once, so the reader sees one cause instead of the cascade that follows it.
 */
public abstract class CloseReportingHandler extends ChannelInboundHandlerAdapter {
    private boolean closed;

    /** Hands the reason the connection ended to the reading thread; called once, on the event loop. */
    protected abstract void reportClosed(String reason);

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        closeWith(ctx, "I/O error: " + RootCause.message(cause));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closeWith(ctx, "the server closed the connection");
        ctx.fireChannelInactive();
    }

    /** Reports {@code reason} unless an earlier one was, and closes the channel. */
    protected final void closeWith(ChannelHandlerContext ctx, String reason) {
        if (!closed) {
            closed = true;
            reportClosed(reason);
        }
        ctx.close();
    }
}
