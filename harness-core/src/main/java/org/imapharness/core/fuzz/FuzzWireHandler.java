package org.imapharness.core.fuzz;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.BlockingQueue;
import org.imapharness.core.client.RootCause;
import org.imapharness.protocol.codec.ResponseParser;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameError;

/**
 * Parses every frame with the strict parser (no quirks: a fuzz run holds the server to
 * RFC 3501 §9 as written) and queues it for the fuzzer's thread.
 */
final class FuzzWireHandler extends ChannelInboundHandlerAdapter {
    private final BlockingQueue<WireEvent> events;
    private final ResponseParser parser = ResponseParser.strict();
    private boolean closed;

    FuzzWireHandler(BlockingQueue<WireEvent> events) {
        this.events = events;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof Frame frame) {
                byte[] bytes = frame.bytes();
                events.add(new WireEvent.Received(parser.parse(bytes), bytes));
            } else if (msg instanceof FrameError error) {
                events.add(new WireEvent.Unframed(error));
            } else if (msg instanceof ByteBuf leftover && leftover.isReadable()) {
                closeWith(ctx, "unframed bytes after the last response");
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent done && !done.isSuccess()) {
            closeWith(ctx, "TLS handshake failed: " + RootCause.message(done.cause()));
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        closeWith(ctx, "I/O error: " + RootCause.message(cause));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closeWith(ctx, "the server closed the connection");
        ctx.fireChannelInactive();
    }

    private void closeWith(ChannelHandlerContext ctx, String reason) {
        if (!closed) {
            closed = true;
            events.add(new WireEvent.Closed(reason));
        }
        ctx.close();
    }
}
