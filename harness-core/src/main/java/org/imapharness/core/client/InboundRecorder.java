package org.imapharness.core.client;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.imapharness.core.transcript.Direction;
import org.imapharness.core.transcript.Transcript;

/**
 * Records every chunk read, after TLS and before framing, so the transcript shows exactly what the
 * server sent, including bytes the framer or parser later reject or STARTTLS discards.
 */
public final class InboundRecorder extends ChannelInboundHandlerAdapter {
    private final Transcript transcript;

    public InboundRecorder(Transcript transcript) {
        this.transcript = transcript;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf buf && buf.isReadable() && transcript.enabled()) {
            if (buf.hasArray()) {
                transcript.record(Direction.SERVER, buf.array(), buf.arrayOffset() + buf.readerIndex(),
                        buf.readableBytes());
            } else {
                transcript.record(Direction.SERVER, ByteBufUtil.getBytes(buf));
            }
        }
        ctx.fireChannelRead(msg);
    }
}
