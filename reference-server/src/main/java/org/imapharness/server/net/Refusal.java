package org.imapharness.server.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.imapharness.protocol.codec.ResponseWriter;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Stands in for the session on a connection over a limit: greets with {@code * BYE} (RFC 3501
 * §7.1.5 allows BYE as the greeting) and closes. On the TLS port the BYE waits for the handshake,
 * so the client can read why it was turned away.
 */
final class Refusal extends ChannelInboundHandlerAdapter {
    private final byte[] bye;

    Refusal(String reason) {
        this.bye = new ResponseWriter().write(new UntaggedResponse.Status(StatusCondition.BYE,
                new ResponseCode.Other("LIMIT", null), reason));
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(bye)).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ReferenceCountUtil.release(msg);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
