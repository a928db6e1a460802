package org.imapharness.core.fuzz;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.BlockingQueue;
import org.imapharness.core.client.CloseReportingHandler;
import org.imapharness.core.client.RootCause;
import org.imapharness.protocol.codec.ResponseParser;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameError;

/**
 * Parses every frame with the strict parser (no quirks: a fuzz run holds the server to
 * RFC 3501 §9 as written) and queues it for the fuzzer's thread.
 */
final class FuzzWireHandler extends CloseReportingHandler {
    private final BlockingQueue<WireEvent> events;
    private final ResponseParser parser = ResponseParser.strict();

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
    protected void reportClosed(String reason) {
        events.add(new WireEvent.Closed(reason));
    }
}
