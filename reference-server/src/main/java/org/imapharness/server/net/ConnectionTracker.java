package org.imapharness.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First handler of every pipeline: counts the bytes on the wire (before TLS), and when the
 * connection ends frees its address slot and logs the connection's one line.
 */
final class ConnectionTracker extends ChannelDuplexHandler {
    private static final Logger LOG = LoggerFactory.getLogger("org.imapharness.server.connection");

    private final ConnectionStats stats;
    private final Runnable onClose;

    ConnectionTracker(ConnectionStats stats, Runnable onClose) {
        this.stats = stats;
        this.onClose = onClose;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        stats.read(size(msg));
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        stats.written(size(msg));
        ctx.write(msg, promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        onClose.run();
        LOG.info("connection {}", stats.summary());
        super.channelInactive(ctx);
    }

    private static long size(Object msg) {
        if (msg instanceof ByteBuf buf) {
            return buf.readableBytes();
        }
        return msg instanceof ByteBufHolder holder ? holder.content().readableBytes() : 0;
    }
}
